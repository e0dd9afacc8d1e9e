/**
 * The view in the URL, so that a link reproduces it: document, view, threshold, roles,
 * filters, selection, panel and language. Pure: state → query string → state.
 */
import { UnitKind } from '../../../ingest/model';
import { INITIAL_VIEW, type PanelName, type ViewName, type ViewState } from './view-slice';

const VIEWS: readonly ViewName[] = ['collaboration', 'assignments', 'projects'];
const PANELS: readonly PanelName[] = ['rankings', 'detail', 'quality'];

export function viewToQuery(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.documentId) q.set('doc', state.documentId);
  if (state.view !== INITIAL_VIEW.view) q.set('view', state.view);
  if (state.minShared !== INITIAL_VIEW.minShared) q.set('min', String(state.minShared));
  if (state.roles !== INITIAL_VIEW.roles) q.set('roles', state.roles);
  if (state.sections.length > 0) q.set('sections', [...state.sections].sort((a, b) => a - b).join(','));
  if (state.kinds.length > 0) q.set('kinds', [...state.kinds].sort().join(','));
  if (state.selected) q.set(state.selected.type, state.selected.id);
  const defaultPanel = state.selected ? 'detail' : INITIAL_VIEW.panel;
  if (state.panel !== defaultPanel) q.set('panel', state.panel);
  if (state.language !== INITIAL_VIEW.language) q.set('lang', state.language);
  return q.toString();
}

export function queryToView(query: string): Partial<ViewState> {
  const q = new URLSearchParams(query);
  const out: Partial<ViewState> = {};
  const doc = q.get('doc');
  if (doc) out.documentId = doc;
  const view = q.get('view') as ViewName | null;
  if (view && VIEWS.includes(view)) out.view = view;
  const min = Number(q.get('min'));
  if (Number.isInteger(min) && min >= 1) out.minShared = min;
  if (q.get('roles') === 'lead') out.roles = 'lead';
  const sections = (q.get('sections') ?? '').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (sections.length > 0) out.sections = sections;
  const kinds = (q.get('kinds') ?? '').split(',').filter((k): k is UnitKind => UnitKind.safeParse(k).success);
  if (kinds.length > 0) out.kinds = kinds;
  for (const type of ['unit', 'task', 'project'] as const) {
    const id = q.get(type);
    if (id) out.selected = { type, id };
  }
  const panel = q.get('panel') as PanelName | null;
  if (panel && PANELS.includes(panel)) out.panel = panel;
  else if (out.selected) out.panel = 'detail';
  if (q.get('lang') === 'en') out.language = 'en';
  return out;
}
