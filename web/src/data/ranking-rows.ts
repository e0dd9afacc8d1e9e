/** Row shapes of the ranking queries, validated when they arrive from the server. */
import { z } from 'zod';
import { UnitKind } from '../../../ingest/model';

export const WorkloadRow = z.object({
  unit: z.string(),
  kind: UnitKind,
  ledTasks: z.number(),
  primaryLeads: z.number(),
  supportedTasks: z.number(),
  partners: z.number(),
  coordinationLoad: z.number(),
  betweenness: z.number(),
});
export type WorkloadRow = z.infer<typeof WorkloadRow>;

export const CoOwnershipRow = z.object({
  a: z.string(),
  b: z.string(),
  shared: z.number(),
  leadLead: z.number(),
  leadSupport: z.number(),
  supportSupport: z.number(),
  tasks: z.array(z.number()),
});
export type CoOwnershipRow = z.infer<typeof CoOwnershipRow>;

export const DocumentRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  region: z.string().nullable(),
  year: z.number().nullable(),
  tasks: z.number(),
  units: z.number(),
});
export type DocumentRow = z.infer<typeof DocumentRow>;

/**
 * A workload row as the page holds it. Computed in the page (a plan from a file, a filtered
 * part), betweenness is null until its worker answers (betweenness-off-thread.ts).
 */
export type ShownWorkloadRow = Omit<WorkloadRow, 'betweenness'> & { betweenness: number | null };

export interface Rankings {
  workload: ShownWorkloadRow[];
  coOwnership: CoOwnershipRow[];
}
