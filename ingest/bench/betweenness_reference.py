"""Reference betweenness for `npm run bench:metrics` and the unit-test fixture.

Reads graphs written by the benchmark (JSON: {"graphs": [{"name", "nodes", "edges":
[[a, b, strength], ...]}]}) and prints JSON with, per graph, igraph's median CPU and wall
times over the repeats and
networkx's values (and time), unweighted and weighted. Weighted means an edge of strength s
has length 1/s: networkx gets it as the `weight` attribute, igraph as the weights vector.

    python betweenness_reference.py graphs.json [--repeats 5] [--skip-networkx-above N]

Normalisation is networkx's (normalized=True): raw pair counts over (n-1)(n-2)/2; igraph's
raw undirected counts are scaled to match.
"""

import argparse
import json
import statistics
import sys
import time

import igraph
import networkx


def igraph_seconds(graph, weights, repeats):
    """CPU seconds (what the computation costs, whatever else the machine runs) and wall seconds."""
    cpu, wall = [], []
    values = None
    for _ in range(repeats):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        values = graph.betweenness(directed=False, weights=weights)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return cpu, wall, values


def networkx_values(graph, nodes, weight):
    start = time.perf_counter()
    values = networkx.betweenness_centrality(graph, normalized=True, weight=weight)
    seconds = time.perf_counter() - start
    return seconds, [values[node] for node in nodes]


def reference(entry, repeats, networkx_limit):
    nodes = entry["nodes"]
    index = {name: i for i, name in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b, _ in entry["edges"]]
    lengths = [1.0 / s for _, _, s in entry["edges"]]
    n = len(nodes)
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0

    ig = igraph.Graph(n=n, edges=edges, directed=False)
    result = {"name": entry["name"], "nodes": n, "edges": len(edges), "igraph": {}, "networkx": {}}
    for kind, weights in (("unweighted", None), ("weighted", lengths)):
        cpu, wall, values = igraph_seconds(ig, weights, repeats)
        result["igraph"][kind] = {
            "cpu": statistics.median(cpu),
            "wall": statistics.median(wall),
            "values": [v * scale for v in values],
        }

    if n <= networkx_limit:
        nx = networkx.Graph()
        nx.add_nodes_from(nodes)
        for (a, b, _), length in zip(entry["edges"], lengths):
            nx.add_edge(a, b, weight=length)
        for kind, weight in (("unweighted", None), ("weighted", "weight")):
            seconds, values = networkx_values(nx, nodes, weight)
            result["networkx"][kind] = {"seconds": seconds, "values": values}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphs")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-networkx-above", type=int, default=10**9)
    args = parser.parse_args()
    with open(args.graphs, encoding="utf-8") as f:
        graphs = json.load(f)["graphs"]
    out = {
        "versions": {"igraph": igraph.__version__, "networkx": networkx.__version__, "python": sys.version.split()[0]},
        "graphs": [reference(g, args.repeats, args.skip_networkx_above) for g in graphs],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
