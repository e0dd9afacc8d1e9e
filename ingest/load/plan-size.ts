/**
 * The largest plan Fengong supports, FENGONG_MAX_PLAN_MB (10 MiB by default), and the
 * loader's side of it. A plan is written in one transaction, and what that transaction and
 * its crash recovery need grows with the facts written, not with the bytes of the file (a
 * Word file is larger than its text, a GB18030 text smaller). So the loader counts a plan's
 * facts — tasks, assignments, mentions, findings, units, projects, sections — and turns the
 * cap into facts at the density of the plan the database defaults (db/neo4j-settings.ts)
 * were measured with: the seed repeated to 10 MiB, 15,739 tasks and 139,275 facts, about
 * 14,100 per MiB, which loads, is replaced and recovers after a crash within them. See
 * docs/decisions.md "Largest plan".
 */
import type { ParsedPlan } from '../model';
import { MAX_PLAN_MB } from '../read/max-plan-size';

/** Facts per MiB of the measured plan (rounded up, so that plan itself stays within 10 MiB). */
export const FACTS_PER_MB = 14_100;

/** The facts one load of the plan writes (each becomes a node or a relationship, most both). */
export function planFacts(plan: ParsedPlan): number {
  return plan.tasks.length + plan.assignments.length + plan.mentions.length + plan.findings.length + plan.units.length + plan.projects.length + plan.sections.length;
}

/** The most facts a plan loaded under a cap of `maxMb` MiB may hold. */
export const factsCap = (maxMb: number = MAX_PLAN_MB): number => Math.floor(maxMb * FACTS_PER_MB);

const count = (x: number) => x.toLocaleString('en-US');
const mib = (x: number) => (x < 1 ? x.toPrecision(2) : x.toFixed(1));

/**
 * Why the plan is too large to load under the cap — its file, its size, the cap and how to
 * raise it — or null when it fits. `local`: the project's own database, whose memory the
 * FENGONG_NEO4J_* variables set; another server has its own settings.
 */
export function planTooLarge(plan: ParsedPlan, maxMb: number = MAX_PLAN_MB, local = true): string | null {
  const facts = planFacts(plan);
  const limit = factsCap(maxMb);
  if (facts <= limit) return null;
  const raise = local
    ? 'raise FENGONG_MAX_PLAN_MB together with FENGONG_NEO4J_HEAP and FENGONG_NEO4J_TRANSACTION_MB (README, "Large plans"), then restart the database (`npm run db:stop`, `npm run db:start`)'
    : 'raise FENGONG_MAX_PLAN_MB, and db.memory.transaction.max and the heap of the server (README, "Large plans")';
  return (
    `${plan.document.sourceFile}: too large to load — ${count(plan.tasks.length)} tasks, ${count(facts)} facts in all ` +
    `(tasks, assignments, mentions, findings, units, projects, sections; about ${mib(facts / FACTS_PER_MB)} MiB of plan text); ` +
    `the largest plan loaded is ${mib(maxMb)} MiB, ${count(limit)} facts (FENGONG_MAX_PLAN_MB). Nothing was written. To load it, ${raise}`
  );
}
