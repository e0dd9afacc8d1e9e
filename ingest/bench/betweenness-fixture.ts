/**
 * Writes tests/corpus/betweenness/networkx-60.json: a seeded 60-unit co-ownership network
 * and networkx's betweenness of it, unweighted and weighted (length 1/shared tasks), computed
 * by betweenness_reference.py in .venv-bench/. The unit tests hold our values to these.
 * Regenerate with `npx tsx ingest/bench/betweenness-fixture.ts` (after a networkx upgrade).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coOwnershipGraph } from './co-ownership-graph';
import { referencePython, runReference } from './python-reference';

const UNITS = 60;
const SEED = 11;
const target = fileURLToPath(new URL(`../../tests/corpus/betweenness/networkx-${UNITS}.json`, import.meta.url));

const graph = { name: `co-ownership-${UNITS}`, ...coOwnershipGraph(UNITS, SEED) };
const output = runReference(referencePython(console.error), [graph], { repeats: 1, networkxMaxNodes: UNITS });
const networkx = output.graphs[0]!.networkx;
if (!('unweighted' in networkx)) throw new Error('betweenness_reference.py returned no networkx values');
const fixture = {
  about: `networkx ${output.versions.networkx} betweenness_centrality(normalized=True) of coOwnershipGraph(${UNITS}, ${SEED}); weighted: weight = 1/strength. Regenerate: npx tsx ingest/bench/betweenness-fixture.ts`,
  nodes: graph.nodes,
  edges: graph.edges,
  unweighted: networkx.unweighted.values,
  weighted: networkx.weighted.values,
};
writeFileSync(target, JSON.stringify(fixture, null, 1) + '\n');
console.error(target);
