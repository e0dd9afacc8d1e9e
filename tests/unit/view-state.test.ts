import { describe, expect, it } from 'vitest';
import { UnitKind } from '../../ingest/model';
import { queryToView, viewToQuery } from '../../web/src/state/url-state';
import { INITIAL_VIEW, type ViewSliceState } from '../../web/src/state/view-slice';
import { ColourBy, DEFAULT_VIEW, Language, PanelName, RolesMode, ViewName, ViewState } from '../../web/src/state/view-state';
import { readViewParams, viewParamsUsage, writeViewParams } from '../../web/src/state/view-params';

// One state for every value each setting can take, the others at their defaults.
const variants: Array<[string, Partial<ViewState>]> = [
  ...ViewName.options.map((view): [string, Partial<ViewState>] => [`view ${view}`, { view }]),
  ...[1, 3, 12].map((minShared): [string, Partial<ViewState>] => [`min ${minShared}`, { minShared }]),
  ...RolesMode.options.map((roles): [string, Partial<ViewState>] => [`roles ${roles}`, { roles }]),
  ...UnitKind.options.map((kind): [string, Partial<ViewState>] => [`kind ${kind}`, { kinds: [kind] }]),
  // Lists are written in a fixed order, so one view has one link.
  ['two kinds', { kinds: ['collective', 'department'] }],
  ...[true, false].map((showIsolated): [string, Partial<ViewState>] => [`isolated ${showIsolated}`, { showIsolated }]),
  ...ColourBy.options.map((colourBy): [string, Partial<ViewState>] => [`colour ${colourBy}`, { colourBy }]),
  ...[true, false].map((groupCommunities): [string, Partial<ViewState>] => [`group ${groupCommunities}`, { groupCommunities }]),
  ...[1, 7, -3].map((seed): [string, Partial<ViewState>] => [`seed ${seed}`, { seed }]),
  ...PanelName.options.filter((p) => p !== 'detail').map((panel): [string, Partial<ViewState>] => [`panel ${panel}`, { panel }]),
  ...Language.options.map((language): [string, Partial<ViewState>] => [`language ${language}`, { language }]),
  [
    'every setting changed at once',
    { view: 'projects', minShared: 5, roles: 'lead', kinds: ['court', 'department'], showIsolated: true, colourBy: 'community', groupCommunities: true, seed: 9, panel: 'methods', language: 'en' },
  ],
];

/** What a state reads back as: the settings that differ from the defaults. */
const differing = (state: Partial<ViewState>) => Object.fromEntries(Object.entries(state).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(DEFAULT_VIEW[key as keyof ViewState])));

describe('the view state', () => {
  it('has one default for every setting, the one the app opens with', () => {
    expect(DEFAULT_VIEW).toEqual({ view: 'collaboration', minShared: null, roles: 'all', sections: [], kinds: [], showIsolated: false, colourBy: 'kind', groupCommunities: false, seed: 1, panel: 'rankings', language: 'zh' });
  });

  it.each(variants)('round-trips through the URL: %s', (_, settings) => {
    const state: ViewSliceState = { ...INITIAL_VIEW, ...settings };
    const back = queryToView(viewToQuery(state));
    expect(back.notices).toBeUndefined();
    expect(back).toEqual(differing(settings));
    expect({ ...INITIAL_VIEW, ...back }).toEqual(state);
  });

  it.each(variants)('round-trips through the parameters the commands take: %s', (_, settings) => {
    const written = Object.fromEntries(writeViewParams(settings));
    const { settings: read, rejected } = readViewParams(written);
    expect(rejected).toEqual([]);
    expect(ViewState.parse(read)).toEqual(ViewState.parse(settings));
  });

  it('writes lists in one order, and keeps the sections for the plan to check', () => {
    const query = viewToQuery({ ...INITIAL_VIEW, kinds: ['department', 'collective'], sections: [5, 2] });
    expect(decodeURIComponent(query)).toBe('sections=2,5&kinds=collective,department');
    expect(queryToView(query)).toEqual({ kinds: ['collective', 'department'], requested: { sections: [2, 5] } });
  });

  it('writes nothing for the defaults', () => {
    expect(writeViewParams(DEFAULT_VIEW)).toEqual([]);
    expect(viewToQuery(INITIAL_VIEW)).toBe('');
  });

  it.each([
    ['min', '0'],
    ['min', 'three'],
    ['seed', '1.5'],
    ['sections', '2,x'],
    ['kinds', ''],
    ['isolated', 'yes'],
    ['group', 'louvain'],
  ])('rejects %s=%s with the reason, keeping the default', (key, value) => {
    const { settings, rejected } = readViewParams({ [key]: value });
    expect(settings).toEqual({});
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ key, value });
    expect(rejected[0]!.message.length).toBeGreaterThan(0);
  });

  it('reads only the parameters a command offers, and spells its usage from the schema', () => {
    expect(readViewParams({ view: 'assignments', panel: 'methods' }, ['view']).settings).toEqual({ view: 'assignments' });
    expect(viewParamsUsage(['view', 'min', 'isolated'])).toBe('[--view collaboration|assignments|projects] [--min N] [--isolated hide|show]');
  });
});
