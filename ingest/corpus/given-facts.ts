/**
 * Document facts a user gives on the command line (`--region 浙江 --year 2022 --level province`)
 * in place of those read from the title. The plan takes the given values; what was read is
 * kept beside them, so that the database can say where each fact came from.
 */
import { z } from 'zod';
import { PlanLevel, type ParsedPlan } from '../model';

/** A place as the parser names it: 浙江, 宁波, 天河区 (a province's 省 and a city's 市 dropped). */
const Region = z
  .string()
  .trim()
  .min(2, { message: 'a region is a place name of at least two characters (浙江, 宁波, 天河区)' })
  .max(20, { message: 'a region is a place name of at most 20 characters' })
  .regex(/^[\u4e00-\u9fa5]+$/u, { message: 'a region is written in Chinese characters (浙江, 宁波, 天河区)' })
  .transform((place) => place.replace(/(?:省|市|自治区|特别行政区)$/u, (suffix, at: number) => (at >= 2 ? '' : suffix)));

export const GivenFacts = z.object({
  region: Region.optional(),
  year: z.coerce
    .number({ message: 'a year is a number such as 2022' })
    .int({ message: 'a year is a whole number such as 2022' })
    .min(1949, { message: 'a year is between 1949 and 2100' })
    .max(2100, { message: 'a year is between 1949 and 2100' })
    .optional(),
  level: PlanLevel.optional(),
});
export type GivenFacts = z.infer<typeof GivenFacts>;

export const DocumentFactName = z.enum(['region', 'year', 'level']);
export type DocumentFactName = z.infer<typeof DocumentFactName>;

/** One fact given by the user, with the value the parser had read (null when it read none). */
export interface GivenFact {
  fact: DocumentFactName;
  given: string | number;
  read: string | number | null;
}

export interface PlanWithGivenFacts {
  plan: ParsedPlan;
  given: GivenFact[];
}

/** The plan with the given facts in place of the read ones; the plan itself is not changed. */
export function withGivenFacts(plan: ParsedPlan, facts: GivenFacts): PlanWithGivenFacts {
  const given: GivenFact[] = [];
  const document = { ...plan.document };
  if (facts.region !== undefined) {
    given.push({ fact: 'region', given: facts.region, read: document.region });
    // A region that differs from the one read was not read from the title or the body.
    if (document.region !== facts.region) document.regionSource = null;
    document.region = facts.region;
  }
  if (facts.year !== undefined) {
    given.push({ fact: 'year', given: facts.year, read: document.year });
    document.year = facts.year;
  }
  if (facts.level !== undefined) {
    given.push({ fact: 'level', given: facts.level, read: document.level });
    document.level = facts.level;
  }
  return { plan: given.length === 0 ? plan : { ...plan, document }, given };
}

/** What a user reads about the given facts: `region 浙江 (the title reads 宁波)`. */
export function describeGivenFacts(given: readonly GivenFact[]): string {
  return given
    .map((g) => (g.read === g.given ? `${g.fact} ${g.given} (as read)` : `${g.fact} ${g.given} (read: ${g.read ?? 'none'})`))
    .join(', ');
}
