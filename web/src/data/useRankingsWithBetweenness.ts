/**
 * Rankings with every unit's betweenness, for the places that show it (the bottlenecks table,
 * a unit's profile). Rankings the database answered have it already; those computed in the
 * page get it from a worker, asked once per rankings object and only when `wanted`. Until it
 * arrives the rows keep betweenness null, which the panels draw as a placeholder.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Rankings } from './ranking-rows';
import { betweennessOffThread } from './betweenness-off-thread';
import { mergeBetweenness } from './rankings-betweenness';

const asked = new WeakMap<Rankings, Promise<Map<string, number>>>();
const answered = new WeakMap<Rankings, Map<string, number>>();

const complete = (rankings: Rankings) => rankings.workload.every((r) => r.betweenness !== null);

/**
 * `units`: the units of the ranked plan (or part) in the plan's order — the order the database's
 * numbers were computed in, so these are the same to the last digit.
 */
export function useRankingsWithBetweenness(units: readonly string[] | null, rankings: Rankings | null, wanted: boolean): Rankings | null {
  const [, arrived] = useState(0);
  const missing = rankings !== null && units !== null && !complete(rankings);
  useEffect(() => {
    if (!wanted || !missing || answered.has(rankings)) return;
    let current = true;
    let request = asked.get(rankings);
    if (!request) asked.set(rankings, (request = betweennessOffThread(units, rankings.coOwnership)));
    void request.then((values) => {
      answered.set(rankings, values);
      if (current) arrived((n) => n + 1);
    });
    return () => {
      current = false;
    };
  }, [wanted, missing, rankings, units]);
  const values = rankings ? answered.get(rankings) : undefined;
  return useMemo(() => (rankings && values ? mergeBetweenness(rankings, values) : rankings), [rankings, values]);
}
