/**
 * The largest plan Fengong supports, in MiB of plan text: one number for the file reader
 * (which refuses a larger file before reading it) and the loader (which refuses a plan with
 * more facts than that size holds; ingest/load/plan-size.ts). The database defaults
 * (db/neo4j-settings.ts) were measured with a plan of this size; see docs/decisions.md
 * "Largest plan". Read from the environment only where a command runs, never in a page.
 */
import { z } from 'zod';

/** The supported maximum, MiB of plan text: what the database defaults were measured with. */
export const SUPPORTED_PLAN_MB = 10;

/** FENGONG_MAX_PLAN_MB: the cap on a plan file read and on a plan loaded, in MiB. */
export const MAX_PLAN_MB = z.coerce.number().positive().default(SUPPORTED_PLAN_MB).parse(process.env.FENGONG_MAX_PLAN_MB || undefined);
