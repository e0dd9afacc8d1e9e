/** GEXF 1.3 (gexf.net), Gephi's own format: attributes, colours, sizes and positions. */
import type { ExportGraph, ExportNode } from './export-graph';
import { xmlText } from './xml-text';
import { PROJECT_KIND_COLOURS, TASK_COLOUR, UNIT_KIND_COLOURS } from '../graph/palette';

const ATTRIBUTES: ReadonlyArray<[keyof ExportNode, 'string' | 'double' | 'integer']> = [
  ['group', 'string'],
  ['kind', 'string'],
  ['weight', 'double'],
  ['ledTasks', 'integer'],
  ['supportedTasks', 'integer'],
  ['partners', 'integer'],
  ['coordinationLoad', 'integer'],
  ['betweenness', 'double'],
];

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

function colourOf(node: ExportNode): string {
  if (node.group === 'task') return TASK_COLOUR;
  return (node.group === 'unit' ? (UNIT_KIND_COLOURS as Record<string, string>) : (PROJECT_KIND_COLOURS as Record<string, string>))[node.kind] ?? TASK_COLOUR;
}

export function toGexf(graph: ExportGraph): string {
  const index = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta><creator>Fengong</creator><description>${xmlText(`${graph.title} · ${graph.source} · ${graph.view}`)}</description></meta>`,
    `  <graph defaultedgetype="${graph.directed ? 'directed' : 'undirected'}" mode="static">`,
    '    <attributes class="node">',
    ...ATTRIBUTES.map(([name, type]) => `      <attribute id="${name}" title="${name}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const values = ATTRIBUTES.filter(([name]) => node[name] !== null).map(([name]) => `<attvalue for="${name}" value="${xmlText(node[name] as string | number)}"/>`);
    const position = node.x !== null && node.y !== null ? `<viz:position x="${node.x}" y="${-node.y}" z="0"/>` : '';
    lines.push(
      `      <node id="${index.get(node.id)}" label="${xmlText(node.label)}"><attvalues>${values.join('')}</attvalues><viz:color ${rgb(colourOf(node))}/><viz:size value="${Math.max(1, node.weight)}"/>${position}</node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  graph.edges.forEach((edge, i) => {
    lines.push(
      `      <edge id="e${i}" source="${index.get(edge.source)}" target="${index.get(edge.target)}" weight="${edge.weight}"><attvalues><attvalue for="type" value="${xmlText(edge.type)}"/></attvalues></edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
