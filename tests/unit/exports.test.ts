/** Exports of the seed's networks: GraphML, GEXF, CSV, and layouts that repeat. */
import { describe, expect, it } from 'vitest';
import { seedPlan, parseSnippet } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { exportGraph } from '../../web/src/export/export-graph';
import { layoutPositions } from '../../web/src/export/layout-positions';
import { toGraphml } from '../../web/src/export/to-graphml';
import { toGexf } from '../../web/src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../../web/src/export/to-csv';
import { localRankings } from '../../web/src/data/plan-source';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';

const plan = seedPlan();
const filters = { sections: [], kinds: [], minShared: 5, roles: 'all' as const };
const network = buildNetwork('collaboration', plan, filters);
const pairsAt5 = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 5);
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('GraphML and GEXF', () => {
  const graph = exportGraph(plan, 'collaboration', network, layoutPositions(network, 1));

  it('write the visible network: every unit of the plan and the pairs above the threshold', () => {
    const units = new Set(plan.assignments.map((a) => a.unit)).size;
    const graphml = toGraphml(graph);
    expect(count(graphml, /<node id=/g)).toBe(units);
    expect(count(graphml, /<edge id=/g)).toBe(pairsAt5.length);
    const gexf = toGexf(graph);
    expect(count(gexf, /<node id=/g)).toBe(units);
    expect(count(gexf, /<edge id=/g)).toBe(pairsAt5.length);
  });

  it('carry kind, metrics, weights and positions as attributes', () => {
    const graphml = toGraphml(graph);
    expect(graphml).toContain('<key id="betweenness" for="node" attr.name="betweenness" attr.type="double"/>');
    expect(graphml).toMatch(/<node id="n\d+"><data key="label">省发展改革委<\/data><data key="group">unit<\/data><data key="kind">department<\/data><data key="weight">223<\/data><data key="ledTasks">26<\/data>/);
    const top = pairsAt5[0]!;
    expect(graphml).toContain(`<data key="type">co-owns</data><data key="weight">${top.shared}</data>`);
    const gexf = toGexf(graph);
    expect(gexf).toMatch(/<node id="n\d+" label="省发展改革委"><attvalues><attvalue for="group" value="unit"\/><attvalue for="kind" value="department"\/>.*<viz:color r="78" g="121" b="167"\/><viz:size value="223"\/><viz:position x="-?[\d.]+" y="-?[\d.]+" z="0"\/>/);
  });

  it('escape text from the document', () => {
    const hostile = parseSnippet('工作措施:推进。\n部门分工:省“<b>&”办牵头,省财政厅配合。\n');
    const net = buildNetwork('collaboration', hostile, { ...filters, minShared: 1 });
    const xml = toGraphml(exportGraph(hostile, 'collaboration', net));
    expect(xml).toContain('省“&lt;b&gt;&amp;”办');
    expect(xml).not.toContain('<b>');
  });
});

describe('CSV', () => {
  it('opens in Excel with the Chinese intact: BOM, CRLF, quoted where needed', () => {
    const csv = workloadCsv(localRankings(plan).workload);
    expect(csv.startsWith('\ufeffunit,kind,ledTasks,primaryLeads,supportedTasks,partners,coordinationLoad,betweenness\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^省发展改革委,department,26,25,37,81,223,0\.17\d+$/);
    expect(csv.split('\r\n')).toHaveLength(plan.units.length + 2);
  });

  it('lists the edges of the view by unit name', () => {
    const csv = edgeListCsv(exportGraph(plan, 'collaboration', network));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('source,target,type,weight');
    expect(lines).toHaveLength(pairsAt5.length + 1);
    expect(lines).toContain('省发展改革委,省工业和信息化厅,co-owns,32');
  });
});

describe('layouts', () => {
  it('give the same positions for the same plan, filters and seed, and others for another seed', () => {
    const first = layoutPositions(network, 1);
    expect(layoutPositions(buildNetwork('collaboration', plan, filters), 1)).toEqual(first);
    expect(layoutPositions(network, 2)).not.toEqual(first);
  });
});

describe('outlines from a glyph table', () => {
  it('scale each glyph from one em and move it along the baseline', async () => {
    const { glyphOutliner } = await import('../../web/src/export/glyph-outliner');
    const outliner = glyphOutliner({ unitsPerEm: 1000, glyphs: { 省: { d: 'M0 -800L1000 0Z', advance: 1000 }, 厅: { d: 'M100 -500C100 -500 200 -400 300 0Z', advance: 500 } } });
    expect(outliner.width('省厅', 20)).toBe(30);
    expect(outliner.outline('省厅', 10, 100, 20)).toBe('M10 84L30 100ZM32 90C32 90 34 92 36 100Z');
  });

  // The font's path data is compact (`L505-79`): the minus sign is the only separator, and a
  // moved number keeps no minus sign, so each must be written with a separator of its own.
  it.each([
    ['M266-783L505-79Z', 'M15.32 84.34L20.1 98.42Z'],
    ['M.5.5L1e2-1e2Z', 'M10.01 100.01L12 98Z'],
  ])('keep every number of %s apart when it is moved', async (d, expected) => {
    const { glyphOutliner } = await import('../../web/src/export/glyph-outliner');
    const outline = glyphOutliner({ unitsPerEm: 1000, glyphs: { 省: { d, advance: 1000 } } }).outline('省', 10, 100, 20);
    expect(outline).toBe(expected);
    expect(outline).toMatch(/^(?:[MLCQZ]|-?\d+(?:\.\d+)?(?: -?\d+(?:\.\d+)?)*)+$/);
  });
});
