/**
 * The view in the URL, so that a link reproduces it: the document, the view's settings
 * (spelled by view-params.ts from the schema in view-state.ts) and the selection, named as
 * readers name things (see link-resolution.ts). Pure: state → query string → state. A
 * parameter the view does not know, or a value it cannot take, is left at its default and
 * becomes a notice.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { INITIAL_VIEW, type ViewSliceState } from './view-slice';
import { selectionParam, type LinkNotice } from './link-resolution';
import { readViewParams, VIEW_PARAMS, writeViewParams } from './view-params';
import { LINK_KEYS, type RequestedLink } from './view-state';

/** Every parameter the plan page reads: the document, the view's settings and the selection. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(['doc', ...VIEW_PARAMS.map((p) => p.key), ...LINK_KEYS]);

export function viewToQuery(state: ViewSliceState & { plan?: ParsedPlan | null }): string {
  const q = new URLSearchParams();
  if (state.documentId) q.set('doc', state.documentId);
  // Sections asked for by a link stay in it until the plan is there to check them.
  const sections = state.requested?.sections ?? state.sections;
  const defaultPanel = state.selected || state.requested ? 'detail' : INITIAL_VIEW.panel;
  const params = writeViewParams({ ...state, sections }, { ...INITIAL_VIEW, panel: defaultPanel });
  const link: Array<[string, string]> = [];
  // A task opened from a unit keeps the unit, whose words it marks.
  if (state.selected?.type === 'task' && state.focusUnit) link.push(['unit', state.focusUnit]);
  if (state.selected) link.push(selectionParam(state.plan ?? null, state.selected));
  else for (const key of LINK_KEYS) if (state.requested?.[key] !== undefined) link.push([key, state.requested[key]!]);
  // The selection goes before the panel and the language, as links have always been written.
  const tail = params.filter(([key]) => key === 'panel' || key === 'lang');
  for (const [key, value] of [...params.filter((p) => !tail.includes(p)), ...link, ...tail]) q.set(key, value);
  return q.toString();
}

export function queryToView(query: string): Partial<ViewSliceState> {
  const q = new URLSearchParams(query);
  const raw = Object.fromEntries(q);
  const { settings, rejected } = readViewParams(raw);
  const { sections, ...out }: Partial<ViewSliceState> = settings;
  const doc = q.get('doc');
  if (doc) out.documentId = doc;
  // Selection and sections are checked against the plan once it is there (link-resolution.ts).
  const requested: RequestedLink = {};
  for (const key of LINK_KEYS) {
    const value = q.get(key);
    if (value) requested[key] = value;
  }
  if (sections) requested.sections = sections;
  if (Object.keys(requested).length > 0) out.requested = requested;
  if (out.panel === undefined && LINK_KEYS.some((k) => requested[k] !== undefined)) out.panel = 'detail';
  const notices: LinkNotice[] = [
    ...rejected.map((r) => ({ kind: 'setting' as const, value: `${r.key}=${r.value}` })),
    ...[...new Set(q.keys())].filter((key) => !KNOWN_KEYS.has(key)).map((key) => ({ kind: 'setting' as const, value: `${key}=${q.get(key) ?? ''}` })),
  ];
  if (notices.length > 0) out.notices = notices;
  return out;
}
