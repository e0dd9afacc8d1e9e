/**
 * The view's settings written as parameters — `view=assignments`, `min=4`, `kinds=department`
 * — one spelling for the link of the app and the options of the export commands (`--min 4`).
 * Each parameter reads its text with a zod schema of the setting in view-state.ts.
 */
import { z } from 'zod';
import { UnitKind } from '../../../ingest/model';
import { ColourBy, DEFAULT_VIEW, Language, PanelName, RolesMode, ViewName, type ViewState } from './view-state';

interface Param<K extends keyof ViewState> {
  /** The parameter's name, in the link and as `--name` on the command line. */
  key: string;
  field: K;
  /** Text → value; fails on text the setting does not know. */
  read: z.ZodType<ViewState[K], string>;
  /** Value → text; `read(write(v))` is `v`. */
  write: (value: ViewState[K]) => string;
  /** The values, for a usage line. */
  hint: string;
}

const param = <K extends keyof ViewState>(field: K, key: string, read: z.ZodType<ViewState[K], string>, write: (value: ViewState[K]) => string, hint: string): Param<K> => ({ key, field, read, write, hint });
const choices = (schema: { options: readonly string[] }) => schema.options.join('|');
// The items are checked as text: an enum's input is narrower than the string a link holds.
const list = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item).min(1) as unknown as z.ZodType<Array<z.output<T>>, string[]>);
const integer = z.string().regex(/^-?\d+$/, 'expected a whole number').transform(Number);
const sorted = (values: readonly (string | number)[]) => [...values].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)).join(',');
const flag = (off: string, on: string) => z.enum([off, on]).transform((v) => v === on);

/** Every parameter of the view, in the order a link writes them. */
export const VIEW_PARAMS = [
  param('view', 'view', ViewName, String, choices(ViewName)),
  param('minShared', 'min', integer.pipe(z.number().int().min(1)), String, 'N'),
  param('roles', 'roles', RolesMode, String, choices(RolesMode)),
  param('sections', 'sections', list(z.coerce.number().int().positive()), sorted, '2,3'),
  param('kinds', 'kinds', list(UnitKind), sorted, 'department,…'),
  param('showIsolated', 'isolated', flag('hide', 'show'), (v) => (v ? 'show' : 'hide'), 'hide|show'),
  param('colourBy', 'colour', ColourBy, String, choices(ColourBy)),
  param('groupCommunities', 'group', flag('none', 'communities'), (v) => (v ? 'communities' : 'none'), 'none|communities'),
  param('seed', 'seed', integer, String, 'N'),
  param('panel', 'panel', PanelName, String, choices(PanelName)),
  param('language', 'lang', Language, String, choices(Language)),
] as const;
export type ViewParamKey = (typeof VIEW_PARAMS)[number]['key'];

/** A parameter whose value the view does not know. */
export interface RejectedParam {
  key: string;
  value: string;
  message: string;
}

/** The settings the parameters state, and those they state wrongly (left at their default). */
export function readViewParams(raw: Readonly<Record<string, string>>, keys?: readonly ViewParamKey[]): { settings: Partial<ViewState>; rejected: RejectedParam[] } {
  const settings: Partial<ViewState> = {};
  const rejected: RejectedParam[] = [];
  for (const p of VIEW_PARAMS) {
    const value = raw[p.key];
    if (value === undefined || (keys && !keys.includes(p.key))) continue;
    const parsed = (p.read as z.ZodType<unknown, string>).safeParse(value);
    if (parsed.success) (settings as Record<string, unknown>)[p.field] = parsed.data;
    else rejected.push({ key: p.key, value, message: parsed.error.issues[0]?.message ?? 'invalid value' });
  }
  return { settings, rejected };
}

/** The settings that differ from `defaults`, as `[key, text]` in link order. */
export function writeViewParams(settings: Partial<ViewState>, defaults: Readonly<ViewState> = DEFAULT_VIEW): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of VIEW_PARAMS) {
    const write = p.write as (v: unknown) => string;
    const value = settings[p.field];
    // Unset, the plan's default threshold, or no filter: nothing to write.
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const fallback = defaults[p.field];
    if (fallback === null || Array.isArray(fallback) || write(value) !== write(fallback)) out.push([p.key, write(value)]);
  }
  return out;
}

/** `[--view collaboration|assignments|projects] [--min N] …` for the given parameters. */
export function viewParamsUsage(keys: readonly ViewParamKey[]): string {
  return VIEW_PARAMS.filter((p) => keys.includes(p.key))
    .map((p) => `[--${p.key} ${p.hint}]`)
    .join(' ');
}
