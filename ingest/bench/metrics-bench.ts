/**
 * `npm run bench:metrics [-- --sizes 500,2000,5000 --runs 5 --networkx-max-nodes 2000]`:
 * betweenness of seeded co-ownership networks, unweighted and weighted (length 1/shared
 * tasks), timed here and, right after on the same graph, in igraph's C code through
 * betweenness_reference.py; prints the medians, the ratio ours/igraph (target ≤ 1.5) and the
 * largest difference from networkx's values (and from igraph's). Times are CPU seconds of
 * the process, which other work on a shared machine barely changes; the wall-clock ratio is
 * printed beside. networkx is pure Python and takes minutes on large graphs, so by default
 * it checks the graphs up to 2,000 nodes.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { betweenness, weightedBetweenness } from '../metrics/betweenness';
import { coOwnershipGraph, type StrengthGraph } from './co-ownership-graph';
import { referencePython, runReference, type Reference } from './python-reference';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    runs: { type: 'string', default: '5' },
    'networkx-max-nodes': { type: 'string', default: '2000' },
    seed: { type: 'string', default: '2022' },
  },
});
const sizes = flags.sizes.split(',').map(Number);
const runs = Number(flags.runs);
const networkxMaxNodes = Number(flags['networkx-max-nodes']);
const seed = Number(flags.seed);
const TARGET = 1.5;

type Kind = 'unweighted' | 'weighted';
const compute = (graph: StrengthGraph, kind: Kind) =>
  kind === 'unweighted' ? betweenness(graph.nodes, graph.edges.map(([a, b]) => [a, b] as const)) : weightedBetweenness(graph.nodes, graph.edges);

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

function timed(graph: StrengthGraph, kind: Kind): { cpu: number; wall: number; values: Map<string, number> } {
  const cpu: number[] = [];
  const wall: number[] = [];
  let values = new Map<string, number>();
  for (let i = 0; i < runs; i++) {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    values = compute(graph, kind);
    wall.push((performance.now() - wall0) / 1000);
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / 1e6);
  }
  return { cpu: median(cpu), wall: median(wall), values };
}

function maxDifference(nodes: readonly string[], ours: Map<string, number>, theirs: readonly number[] | undefined): string {
  if (!theirs) return '—';
  let max = 0;
  nodes.forEach((node, i) => (max = Math.max(max, Math.abs(ours.get(node)! - theirs[i]!))));
  return max.toExponential(1);
}

const python = referencePython((line) => console.log(line));
// Warm-up on another graph, so that the JIT has compiled the loops fully before anything is timed.
const warmUp = coOwnershipGraph(500, seed + 1);
for (let i = 0; i < 10; i++) for (const kind of ['unweighted', 'weighted'] as const) compute(warmUp, kind);

console.log(`betweenness, normalised; median of ${runs} runs each; load average ${loadavg()[0]!.toFixed(1)} at start`);
console.log('nodes   edges   kind        ours CPU s  igraph CPU s  ours/igraph  (wall)  max |Δ| networkx  max |Δ| igraph');
let worst = 0;
let versions: Record<string, string> = {};
for (const n of sizes) {
  const graph = { name: `co-ownership-${n}`, ...coOwnershipGraph(n, seed) };
  // Ours first, then igraph on the same graph, so both see the machine in the same state.
  const ours = { unweighted: timed(graph, 'unweighted'), weighted: timed(graph, 'weighted') };
  const output = runReference(python, [graph], { repeats: runs, networkxMaxNodes });
  versions = output.versions;
  const reference: Reference = output.graphs[0]!;
  for (const kind of ['unweighted', 'weighted'] as const) {
    const ratio = ours[kind].cpu / reference.igraph[kind].cpu;
    worst = Math.max(worst, ratio);
    const networkx = 'unweighted' in reference.networkx ? reference.networkx[kind].values : undefined;
    console.log(
      [
        String(n).padEnd(7),
        String(graph.edges.length).padEnd(7),
        kind.padEnd(11),
        ours[kind].cpu.toFixed(3).padStart(10),
        reference.igraph[kind].cpu.toFixed(3).padStart(12),
        `${ratio.toFixed(2)}×`.padStart(11),
        `${(ours[kind].wall / reference.igraph[kind].wall).toFixed(2)}×`.padStart(7),
        maxDifference(graph.nodes, ours[kind].values, networkx).padStart(17),
        maxDifference(graph.nodes, ours[kind].values, reference.igraph[kind].values).padStart(15),
      ].join(' '),
    );
  }
}
console.log(`reference  igraph ${versions.igraph}, networkx ${versions.networkx}, Python ${versions.python}; networkx checked up to ${networkxMaxNodes} nodes`);
console.log(`target     within ${TARGET}× of igraph: ${worst <= TARGET ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}×)`);
