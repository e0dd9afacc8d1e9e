/**
 * The compare tables computed without Cypher, straight from two parsed plans with the pure
 * metrics: what compare-plans.cypher and compare-pairs.cypher must return.
 */
import type { ParsedPlan } from '../../ingest/model';
import { identityContext, unitIdentities } from '../../ingest/corpus/unit-identity';
import { keyedNetwork, keyOf, type CompareKey } from '../../ingest/corpus/keyed-workloads';

export interface ExpectedDiffRow {
  key: string;
  namesA: string[];
  namesB: string[];
  status: string;
  numbers: number[];
  betweennessA: number;
  betweennessB: number;
}

function keyed(plan: ParsedPlan, by: CompareKey) {
  const identities = unitIdentities(plan, identityContext());
  const names = new Map<string, string[]>();
  for (const i of identities) names.set(keyOf(i, by), [...(names.get(keyOf(i, by)) ?? []), i.unit].sort());
  return { ...keyedNetwork(plan, identities, by), names };
}

/** One row per key of either plan; numbers are led, primary, supported, partners and load in A then B. */
export function expectedDiff(a: ParsedPlan, b: ParsedPlan, by: CompareKey): ExpectedDiffRow[] {
  const [ka, kb] = [keyed(a, by), keyed(b, by)];
  const keys = [...new Set([...ka.workloads.keys(), ...kb.workloads.keys()])].sort();
  return keys.map((key) => {
    const wa = ka.workloads.get(key);
    const wb = kb.workloads.get(key);
    const n = (w: typeof wa) => [w?.ledTasks ?? 0, w?.primaryLeads ?? 0, w?.supportedTasks ?? 0, w?.partners ?? 0, w?.coordinationLoad ?? 0];
    const [la, lb] = [wa?.coordinationLoad ?? 0, wb?.coordinationLoad ?? 0];
    const status = !wa ? 'new' : !wb ? 'dropped' : lb > la ? 'grown' : lb < la ? 'shrunk' : 'same';
    return { key, namesA: ka.names.get(key) ?? [], namesB: kb.names.get(key) ?? [], status, numbers: [...n(wa), ...n(wb)], betweennessA: wa?.betweenness ?? 0, betweennessB: wb?.betweenness ?? 0 };
  });
}

/** Pairs of keys sharing tasks in either plan: [a, b, sharedA, sharedB], a before b. */
export function expectedPairs(a: ParsedPlan, b: ParsedPlan, by: CompareKey): Array<[string, string, number, number]> {
  const shared = (plan: ParsedPlan) => new Map(keyed(plan, by).pairs.map((p) => [`${p.a}\u0000${p.b}`, p.shared]));
  const [sa, sb] = [shared(a), shared(b)];
  return [...new Set([...sa.keys(), ...sb.keys()])].sort().map((k) => {
    const [x, y] = k.split('\u0000') as [string, string];
    return [x, y, sa.get(k) ?? 0, sb.get(k) ?? 0];
  });
}
