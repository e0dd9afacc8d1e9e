/**
 * The rows of a corpus's next plan, made while the database writes the current one: loadPlan
 * calls `meanwhile` once the current plan's statements are sent, and the next load takes the
 * rows made then instead of making them after the commit. Only an overlap of work — the
 * rows are the ones graphRows makes, and each plan is still its own transaction.
 */
import type { ParsedPlan } from '../model';
import { graphRows, type GraphRows, type RowOptions } from './graph-rows';

export interface RowsAhead {
  /** A `meanwhile` for loadPlan that makes the rows of `plan` loaded with `options`. */
  make(plan: ParsedPlan, options?: RowOptions): () => void;
  /**
   * The rows made for this very plan and options, once; undefined when none were made — or
   * making them failed, which the plan's own load then meets again and reports, after its
   * checks, instead of failing the load it overlapped.
   */
  take(plan: ParsedPlan, options?: RowOptions): GraphRows | undefined;
}

export function rowsAhead(): RowsAhead {
  let made: { plan: ParsedPlan; given: RowOptions['given']; identity: RowOptions['identity']; rows: GraphRows } | null = null;
  return {
    make: (plan, options = {}) => () => {
      made = null;
      try {
        made = { plan, given: options.given, identity: options.identity, rows: graphRows(plan, options) };
      } catch {
        made = null;
      }
    },
    take: (plan, options = {}) => {
      const found = made !== null && made.plan === plan && made.given === options.given && made.identity === options.identity ? made.rows : undefined;
      made = null;
      return found;
    },
  };
}
