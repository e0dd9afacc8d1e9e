/**
 * The row of cypher/plan.cypher back into a ParsedPlan — typed both ways in
 * ingest/load/stored-plan.ts — so the app draws a plan from the database exactly as it
 * draws a parsed-plan JSON opened from disk.
 */
import type { ParsedPlan } from '../../ingest/model';
import { planFromStored } from '../../ingest/load/stored-plan';

export function planFromGraph(row: unknown): { plan: ParsedPlan } {
  return { plan: planFromStored(row) };
}
