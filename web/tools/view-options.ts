/** The view options shared by the export commands: the same filters the app offers. */
import { z } from 'zod';
import { UnitKind } from '../../ingest/model';
import { CliError } from '../../cli/run-cli';
import type { ParsedPlan } from '../../ingest/model';
import { CanvasSize, DEFAULT_CANVAS, type LayoutChoices } from '../src/graph/layout-network';
import type { NetworkFilters } from '../src/graph/network-model';
import { defaultThreshold } from '../src/graph/default-threshold';
import { COMMUNITY_SEED, planCommunities } from '../src/graph/communities';
import { firstIssue } from '../../common/first-issue';

export const ViewOptions = z.object({
  view: z.enum(['collaboration', 'assignments', 'projects']).default('collaboration'),
  /** Unset: the plan's default threshold, as the app opens with (default-threshold.ts). */
  min: z.coerce.number().int().min(1).optional(),
  roles: z.enum(['all', 'lead']).default('all'),
  sections: z.string().default('').transform((s) => s.split(',').filter(Boolean).map(Number)),
  kinds: z.string().default('').transform((s) => s.split(',').filter(Boolean)).pipe(z.array(UnitKind)),
  isolated: z.enum(['hide', 'show']).default('hide'),
  /** `communities`: units of one community laid out together, as the app's layout option. */
  group: z.enum(['none', 'communities']).default('none'),
  seed: z.coerce.number().int().default(1),
  /** The canvas the layout is made for (see layoutNetwork); the app's is its graph area. */
  width: z.coerce.number().pipe(CanvasSize.shape.width).default(DEFAULT_CANVAS.width),
  height: z.coerce.number().pipe(CanvasSize.shape.height).default(DEFAULT_CANVAS.height),
  out: z.string().optional(),
});

/** `<file> --name value …` → the file and the options, validated by `schema`. */
export function parseCommand<T extends z.ZodType>(args: readonly string[], schema: T, usage: string): { file: string; options: z.infer<T> } {
  const files: string[] = [];
  const raw: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const value = args[++i];
      if (value === undefined) throw new CliError(`${arg} needs a value\n${usage}`);
      raw[arg.slice(2)] = value;
    } else files.push(arg);
  }
  if (files.length !== 1) throw new CliError(usage);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { where, message } = firstIssue(parsed.error);
    throw new CliError(`--${where}: ${message}\n${usage}`);
  }
  return { file: files[0]!, options: parsed.data };
}

/** The network filters the options ask for, the threshold resolved against the plan. */
export function optionFilters(plan: ParsedPlan, o: z.infer<typeof ViewOptions>): NetworkFilters {
  return { sections: o.sections, kinds: o.kinds, minShared: o.min ?? defaultThreshold(plan), roles: o.roles, showIsolated: o.isolated === 'show' };
}

/** The layout choices the options ask for: communities found with the layout's seed, as the app does. */
export function optionLayout(plan: ParsedPlan, o: z.infer<typeof ViewOptions>, filters: NetworkFilters): LayoutChoices {
  return o.group === 'communities' ? { groups: planCommunities(plan, filters, COMMUNITY_SEED).of } : {};
}
