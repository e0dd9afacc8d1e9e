/** GraphML (graphml.graphdrawing.org), read by Gephi, yEd and networkx, with typed attributes. */
import type { ExportGraph, ExportNode } from './export-graph';
import { xmlText } from './xml-text';

const NODE_KEYS: ReadonlyArray<[keyof ExportNode, 'string' | 'double' | 'int']> = [
  ['label', 'string'],
  ['group', 'string'],
  ['kind', 'string'],
  ['weight', 'double'],
  ['ledTasks', 'int'],
  ['supportedTasks', 'int'],
  ['partners', 'int'],
  ['coordinationLoad', 'int'],
  ['betweenness', 'double'],
  ['x', 'double'],
  ['y', 'double'],
];

export function toGraphml(graph: ExportGraph): string {
  const index = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <!-- ${xmlText(graph.title)} · ${xmlText(graph.source)} · ${graph.view} -->`,
    ...NODE_KEYS.map(([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    `  <graph id="${xmlText(graph.view)}" edgedefault="${graph.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const node of graph.nodes) {
    const data = NODE_KEYS.filter(([name]) => node[name] !== null).map(([name]) => `<data key="${name}">${xmlText(node[name] as string | number)}</data>`);
    lines.push(`    <node id="${index.get(node.id)}">${data.join('')}</node>`);
  }
  graph.edges.forEach((edge, i) => {
    lines.push(
      `    <edge id="e${i}" source="${index.get(edge.source)}" target="${index.get(edge.target)}"><data key="type">${xmlText(edge.type)}</data><data key="weight">${edge.weight}</data></edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
