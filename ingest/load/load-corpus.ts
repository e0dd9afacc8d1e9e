/**
 * Loads the plans of a corpus a few at a time and gives their outcomes in the corpus's order.
 * Each plan is still one transaction of its own (loadPlan): a failure or a crash leaves every
 * plan whole or as it was. Several are in flight because one plan keeps neither side busy:
 * while the database writes and commits one, Node reads, parses and prepares the next, and
 * the database's second core writes another. Which plans may be in flight together is
 * load-admission.ts's rule (memory, and one version of a document at a time).
 */
import type { Driver } from 'neo4j-driver';
import type { Neo4jSettings } from '../../db/neo4j-settings';
import type { ParsedPlan } from '../model';
import type { GivenFact } from '../corpus/given-facts';
import { identityContext, type IdentityContext } from '../corpus/unit-identity';
import { loadPlan, type LoadResult } from './load-plan';
import { loadAdmission } from './load-admission';
import { factsCap, planFacts } from './plan-size';

/**
 * Plans read ahead and in flight at most. On the 2-core machine of docs/decisions.md ("Loading
 * a corpus, several plans at once"), 80 seed-sized plans: 1 at a time 19,300 rel/s, 2 26,300,
 * 3 37,100, 4 34,300.
 */
export const LOADS_IN_FLIGHT = 3;

/** What reading one source gives: the plan, and the document facts given for it. */
export interface ReadPlan {
  plan: ParsedPlan;
  given?: readonly GivenFact[];
}

export type CorpusOutcome<S, R extends ReadPlan> =
  | { source: S; read: R; result: LoadResult }
  /** Reading failed (read is null) or loading did; nothing of this plan was written. */
  | { source: S; read: R | null; error: unknown };

export interface CorpusOptions {
  /** Plans read ahead and in flight at most; LOADS_IN_FLIGHT by default, 1 loads one after the other. */
  inFlight?: number;
  /** The largest plan loaded, MiB (plan-size.ts); FENGONG_MAX_PLAN_MB by default. */
  maxPlanMb?: number;
  /** Renamings and functions for every plan (graph-rows.ts); the shipped ones, built once, by default. */
  identity?: IdentityContext;
}

/**
 * The outcome of each source, in their order. A consumer that stops early (breaks out of the
 * loop) stops the plans not yet started; those already writing finish, and are waited for.
 */
export async function* loadCorpus<S, R extends ReadPlan>(
  driver: Driver,
  settings: Neo4jSettings,
  sources: readonly S[],
  read: (source: S) => Promise<R>,
  options: CorpusOptions = {},
): AsyncGenerator<CorpusOutcome<S, R>> {
  const inFlight = Math.max(1, options.inFlight ?? LOADS_IN_FLIGHT);
  const budget = factsCap(options.maxPlanMb);
  const admission = loadAdmission(budget);
  const identity = options.identity ?? identityContext();
  let stopped = false;
  // Plans ask to be let in in the corpus's order, whichever is read first: a document named
  // twice is then written in the order of its files, the later version last.
  let turn: Promise<unknown> = Promise.resolve();
  const outcomes: Array<Promise<CorpusOutcome<S, R>>> = [];

  const start = (source: S): Promise<CorpusOutcome<S, R>> => {
    const reading = read(source).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    const admitted = turn.then(async () => {
      const r = await reading;
      if ('error' in r) return null;
      const weight = Math.min(planFacts(r.value.plan), budget);
      await admission.enter(r.value.plan.document.id, weight);
      return weight;
    });
    turn = admitted.catch(() => undefined);
    return (async (): Promise<CorpusOutcome<S, R>> => {
      const r = await reading;
      if ('error' in r) return { source, read: null, error: r.error };
      const weight = await admitted;
      const document = r.value.plan.document.id;
      try {
        if (stopped) return { source, read: r.value, error: new Error('not loaded: the load of the corpus stopped before this plan') };
        const result = await loadPlan(driver, settings, r.value.plan, { given: r.value.given, maxPlanMb: options.maxPlanMb, identity });
        return { source, read: r.value, result };
      } catch (error) {
        return { source, read: r.value, error };
      } finally {
        admission.leave(document, weight!);
      }
    })();
  };

  try {
    for (let i = 0; i < sources.length; i++) {
      while (outcomes.length < sources.length && outcomes.length < i + inFlight) outcomes.push(start(sources[outcomes.length]!));
      yield await outcomes[i]!;
    }
  } finally {
    stopped = true;
    await Promise.allSettled(outcomes);
  }
}
