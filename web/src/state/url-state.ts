/**
 * The view in the URL, so that a link reproduces it: document, view, threshold, roles,
 * filters, selection, panel and language. Things are named as readers name them (see
 * link-resolution.ts). Pure: state → query string → state.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { UnitKind } from '../../../ingest/model';
import { INITIAL_VIEW, type PanelName, type ViewName, type ViewState } from './view-slice';
import { selectionParam, type RequestedLink } from './link-resolution';

const VIEWS: readonly ViewName[] = ['collaboration', 'assignments', 'projects'];
const PANELS: readonly PanelName[] = ['rankings', 'detail', 'quality', 'communities', 'methods'];
const LINK_KEYS = ['unit', 'task', 'project', 'pair'] as const;

export function viewToQuery(state: ViewState & { plan?: ParsedPlan | null }): string {
  const q = new URLSearchParams();
  if (state.documentId) q.set('doc', state.documentId);
  if (state.view !== INITIAL_VIEW.view) q.set('view', state.view);
  if (state.minShared !== null) q.set('min', String(state.minShared));
  if (state.roles !== INITIAL_VIEW.roles) q.set('roles', state.roles);
  const sections = state.requested?.sections ?? state.sections;
  if (sections.length > 0) q.set('sections', [...sections].sort((a, b) => a - b).join(','));
  if (state.kinds.length > 0) q.set('kinds', [...state.kinds].sort().join(','));
  if (state.showIsolated) q.set('isolated', 'show');
  if (state.colourBy !== INITIAL_VIEW.colourBy) q.set('colour', state.colourBy);
  if (state.groupCommunities) q.set('group', 'communities');
  // A task opened from a unit keeps the unit, whose words it marks.
  if (state.selected?.type === 'task' && state.focusUnit) q.set('unit', state.focusUnit);
  if (state.selected) q.set(...selectionParam(state.plan ?? null, state.selected));
  else for (const key of LINK_KEYS) if (state.requested?.[key] !== undefined) q.set(key, state.requested[key]!);
  const defaultPanel = state.selected || state.requested ? 'detail' : INITIAL_VIEW.panel;
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
  if (q.has('min') && Number.isInteger(min) && min >= 1) out.minShared = min;
  if (q.get('roles') === 'lead') out.roles = 'lead';
  const kinds = (q.get('kinds') ?? '').split(',').filter((k): k is UnitKind => UnitKind.safeParse(k).success);
  if (kinds.length > 0) out.kinds = kinds;
  if (q.get('isolated') === 'show') out.showIsolated = true;
  if (q.get('colour') === 'community') out.colourBy = 'community';
  if (q.get('group') === 'communities') out.groupCommunities = true;
  // Selection and sections are checked against the plan once it is there (link-resolution.ts).
  const requested: RequestedLink = {};
  for (const key of LINK_KEYS) {
    const value = q.get(key);
    if (value) requested[key] = value;
  }
  const sections = (q.get('sections') ?? '').split(',').filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (sections.length > 0) requested.sections = sections;
  if (Object.keys(requested).length > 0) out.requested = requested;
  const panel = q.get('panel') as PanelName | null;
  if (panel && PANELS.includes(panel)) out.panel = panel;
  else if (LINK_KEYS.some((k) => requested[k] !== undefined)) out.panel = 'detail';
  if (q.get('lang') === 'en') out.language = 'en';
  return out;
}
