/** A unit named in divisions: a department, an enterprise, a city government or a collective. */
import { z } from 'zod';

/**
 * What kind of body a unit is. `department` is a department of the government that issued
 * the plan (省…厅/委/局/办 in a provincial plan); `collective` stands for many units
 * (各地, 相关市政府, …领导小组各成员单位) and is never a single department.
 */
export const UnitKind = z.enum([
  'department',
  'party-organ',
  'peoples-organisation',
  'court',
  'central-agency-branch',
  'state-owned-enterprise',
  'research-body',
  'city-government',
  'collective',
  'unknown',
]);
export type UnitKind = z.infer<typeof UnitKind>;

export const Unit = z.object({
  /** Canonical name: the document's short form with its level prefix restored (省自然资源厅). */
  name: z.string().min(1),
  kind: UnitKind,
  /** Every spelling seen in the document, the canonical one included, sorted. */
  aliases: z.array(z.string()),
  /** Formal full name when the dictionary knows it. */
  fullName: z.string().nullable(),
  /** False when neither the dictionary nor a rule recognised the unit: kept and flagged. */
  known: z.boolean(),
});
export type Unit = z.infer<typeof Unit>;
