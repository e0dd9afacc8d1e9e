/**
 * The view's one vocabulary: every setting a reader can share — view, threshold, roles,
 * filters, colouring, grouping, seed, panel, language, the selection a link names — with its
 * values and default. The URL codec (view-params.ts), the export commands' options, the view
 * tabs and the export menu (export-choice.ts) all read their names from here.
 */
import { z } from 'zod';
import { UnitKind } from '../../../ingest/model';

export const ViewName = z.enum(['collaboration', 'assignments', 'projects']);
export type ViewName = z.infer<typeof ViewName>;
/** The views in the order the tabs show them. */
export const VIEW_NAMES: readonly ViewName[] = ViewName.options;

export const RolesMode = z.enum(['all', 'lead']);
export type RolesMode = z.infer<typeof RolesMode>;

export const PanelName = z.enum(['rankings', 'detail', 'communities', 'quality', 'methods']);
export type PanelName = z.infer<typeof PanelName>;
/** The side panels in the order their tabs show them. */
export const PANEL_NAMES: readonly PanelName[] = PanelName.options;

export const Language = z.enum(['zh', 'en']);
export type Language = z.infer<typeof Language>;

export const ColourBy = z.enum(['kind', 'community']);
export type ColourBy = z.infer<typeof ColourBy>;

/**
 * What a link selects, named as readers name things (`unit=省发展改革委`, `task=12`,
 * `pair=A,B`); looked up once the plan is there (link-resolution.ts).
 */
export const RequestedLink = z.object({
  unit: z.string().min(1).optional(),
  task: z.string().min(1).optional(),
  project: z.string().min(1).optional(),
  pair: z.string().min(1).optional(),
  /** Sections the link filters on, before they are checked against the plan. */
  sections: z.array(z.number().int().positive()).optional(),
});
export type RequestedLink = z.infer<typeof RequestedLink>;
/** The link parameters that name a selection, most general first. */
export const LINK_KEYS = ['unit', 'task', 'project', 'pair'] as const;

/** The shareable view: each setting with its type and its default. */
export const ViewState = z.object({
  view: ViewName.default('collaboration'),
  /** Least shared tasks a tie needs; null: the plan's default (see default-threshold.ts). */
  minShared: z.number().int().min(1).nullable().default(null),
  roles: RolesMode.default('all'),
  /** Sections shown; empty means all. */
  sections: z.array(z.number().int().positive()).default([]),
  /** Unit kinds shown; empty means all. */
  kinds: z.array(UnitKind).default([]),
  /** Units without a visible tie are hidden unless this is on. */
  showIsolated: z.boolean().default(false),
  /** What node colour says: the unit's kind or its community. */
  colourBy: ColourBy.default('kind'),
  /** Lay units of one community out together. */
  groupCommunities: z.boolean().default(false),
  /** The seed of the layout; one seed, one picture. */
  seed: z.number().int().default(1),
  panel: PanelName.default('rankings'),
  language: Language.default('zh'),
});
export type ViewState = z.infer<typeof ViewState>;

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze(ViewState.parse({}));
