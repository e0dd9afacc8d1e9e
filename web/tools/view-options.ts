/**
 * The options of the export commands: the view's settings under the names the app's links
 * give them (`--view`, `--min`, `--kinds` … read by web/src/state/view-params.ts from the one
 * view schema), the canvas the layout is made for, and each command's own options.
 */
import { z } from 'zod';
import { CliError } from '../../cli/run-cli';
import type { ParsedPlan } from '../../ingest/model';
import { CanvasSize, DEFAULT_CANVAS, type LayoutChoices } from '../src/graph/layout-network';
import type { NetworkFilters } from '../src/graph/network-model';
import { defaultThreshold } from '../src/graph/default-threshold';
import { COMMUNITY_SEED, planCommunities } from '../src/graph/communities';
import { readViewParams, viewParamsUsage, type ViewParamKey } from '../src/state/view-params';
import { ViewState } from '../src/state/view-state';
import { firstIssue } from '../../common/first-issue';

/** The view parameters every export command takes; the unset threshold is the plan's default, as in the app. */
export const VIEW_OPTION_KEYS = ['view', 'min', 'roles', 'sections', 'kinds', 'isolated', 'group', 'seed'] as const satisfies readonly ViewParamKey[];

/** The canvas the layout is made for (see layoutNetwork; the app's is its graph area), and where to write. */
export const CanvasOptions = z.object({
  width: z.coerce.number().pipe(CanvasSize.shape.width).default(DEFAULT_CANVAS.width),
  height: z.coerce.number().pipe(CanvasSize.shape.height).default(DEFAULT_CANVAS.height),
  out: z.string().optional(),
});

/** `[--view collaboration|assignments|projects] [--min N] …` for the given view parameters. */
export const viewUsage = (keys: readonly ViewParamKey[] = VIEW_OPTION_KEYS) => viewParamsUsage(keys);

/**
 * `<file> --name value …` → the file, the view the options state (defaults filled in) and the
 * command's other options, validated by `schema`; an option neither knows is refused.
 */
export function parseCommand<T extends z.ZodObject>(args: readonly string[], schema: T, usage: string, viewKeys: readonly ViewParamKey[] = VIEW_OPTION_KEYS): { file: string; view: ViewState; options: z.infer<T> } {
  const files: string[] = [];
  const viewRaw: Record<string, string> = {};
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${usage}`);
      const name = arg.slice(2);
      if ((viewKeys as readonly string[]).includes(name)) viewRaw[name] = value;
      else raw[name] = value;
    } else files.push(arg);
  }
  if (files.length !== 1) throw new CliError(usage);
  const { settings, rejected } = readViewParams(viewRaw, viewKeys);
  if (rejected[0]) throw new CliError(`--${rejected[0].key} ${rejected[0].value}: ${rejected[0].message}\n${usage}`);
  const unknown = Object.keys(raw).find((name) => !Object.hasOwn(schema.shape, name));
  if (unknown !== undefined) throw new CliError(`--${unknown}: no such option\n${usage}`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new CliError(`--${where}: ${message}\n${usage}`);
  }
  return { file: files[0]!, view: ViewState.parse(settings), options: parsed.data as z.infer<T> };
}

/** The network filters the view asks for, the threshold resolved against the plan. */
export function optionFilters(plan: ParsedPlan, view: ViewState): NetworkFilters {
  return { sections: view.sections, kinds: view.kinds, minShared: view.minShared ?? defaultThreshold(plan), roles: view.roles, showIsolated: view.showIsolated };
}

/** The layout choices the view asks for: communities found with the layout's seed, as the app does. */
export function optionLayout(plan: ParsedPlan, view: ViewState, filters: NetworkFilters): LayoutChoices {
  return view.groupCommunities ? { groups: planCommunities(plan, filters, COMMUNITY_SEED).of } : {};
}
