/**
 * Which plans of a corpus may be written at the same time. Each plan is its own transaction,
 * and the database's memory for all transactions together is sized for one plan of the
 * largest size (db/neo4j-settings.ts), so the plans in flight may together weigh (in facts,
 * plan-size.ts) no more than that largest plan; a plan alone is always let in. Two versions
 * of one document are never in flight together: the later file must replace the earlier, as
 * when they are loaded one after the other. Plans are let in in the order they ask. Pure
 * bookkeeping, no I/O.
 */

export interface LoadAdmission {
  /** Resolves when the plan of `document`, weighing `weight` facts, may be written. */
  enter(document: string, weight: number): Promise<void>;
  /** The plan has committed or failed: its weight and document are free again. */
  leave(document: string, weight: number): void;
  /** Facts and plans in flight now. */
  readonly inFlight: { facts: number; plans: number };
}

export function loadAdmission(budgetFacts: number): LoadAdmission {
  const documents = new Map<string, number>();
  let facts = 0;
  let plans = 0;
  const waiting: Array<{ document: string; weight: number; admit: () => void }> = [];

  const fits = (document: string, weight: number) => !documents.has(document) && (plans === 0 || facts + weight <= budgetFacts);
  const take = (document: string, weight: number) => {
    documents.set(document, (documents.get(document) ?? 0) + 1);
    facts += weight;
    plans += 1;
  };
  // First come, first in: a plan that does not fit yet holds back those behind it, so a large
  // plan is not passed over for ever by small ones.
  const admitWaiting = () => {
    while (waiting.length > 0 && fits(waiting[0]!.document, waiting[0]!.weight)) {
      const next = waiting.shift()!;
      take(next.document, next.weight);
      next.admit();
    }
  };

  return {
    enter(document, weight) {
      if (waiting.length === 0 && fits(document, weight)) {
        take(document, weight);
        return Promise.resolve();
      }
      return new Promise((admit) => waiting.push({ document, weight, admit }));
    },
    leave(document, weight) {
      const left = (documents.get(document) ?? 1) - 1;
      if (left === 0) documents.delete(document);
      else documents.set(document, left);
      facts -= weight;
      plans -= 1;
      admitWaiting();
    },
    get inFlight() {
      return { facts, plans };
    },
  };
}
