/** Exports of the seed's networks: GraphML, GEXF, CSV, and layouts that repeat. */
import { describe, expect, it } from 'vitest';
import { seedPlan, parseSnippet } from '../support/_plans';
import { buildNetwork } from '../../web/src/graph/network-model';
import { exportGraph } from '../../web/src/export/export-graph';
import { layoutNetwork } from '../../web/src/graph/layout-network';
import { toGraphml } from '../../web/src/export/to-graphml';
import { toGexf } from '../../web/src/export/to-gexf';
import { edgeListCsv, workloadCsv } from '../../web/src/export/to-csv';
import { completeRankings } from '../../web/src/data/rankings-betweenness';
import { localRankings } from '../../web/src/data/plan-source';
import { coOwnership } from '../../ingest/metrics/co-ownership';
import { taskTeams } from '../../ingest/metrics/task-teams';

const plan = seedPlan();
const CANVAS = { width: 1600, height: 900 };
const filters = { sections: [], kinds: [], minShared: 5, roles: 'all' as const };
const network = buildNetwork('collaboration', plan, filters);
const pairsAt5 = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 5);
const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe('GraphML and GEXF', () => {
  const graph = exportGraph(plan, 'collaboration', network, layoutNetwork(network, 1, CANVAS));

  it('write the visible network: the units tied at the threshold and the pairs above it', () => {
    const units = new Set(pairsAt5.flatMap((p) => [p.a, p.b])).size;
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
    const csv = workloadCsv(completeRankings(plan, localRankings(plan)).workload);
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
    const first = layoutNetwork(network, 1, CANVAS);
    expect(layoutNetwork(buildNetwork('collaboration', plan, filters), 1, CANVAS)).toEqual(first);
    expect(layoutNetwork(network, 2, CANVAS)).not.toEqual(first);
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

describe('file names', () => {
  const base = { plan: 'gd', view: 'collaboration' as const, filters: { sections: [], kinds: [], minShared: 3, roles: 'all' as const } };
  it('say plan, view, threshold, filters, scale and background, one name per option', async () => {
    const { exportFileName } = await import('../../web/src/export/export-file-name');
    const names = [
      exportFileName({ ...base, format: 'png', scale: 1 }),
      exportFileName({ ...base, format: 'png', scale: 2 }),
      exportFileName({ ...base, format: 'png', scale: 4 }),
      exportFileName({ ...base, format: 'png', scale: 2, transparent: true }),
      exportFileName({ ...base, format: 'svg' }),
      exportFileName({ ...base, format: 'svg-text' }),
      exportFileName({ ...base, format: 'pptx' }),
      exportFileName({ ...base, format: 'graphml' }),
      exportFileName({ ...base, format: 'gexf' }),
      exportFileName({ ...base, format: 'edges-csv' }),
      exportFileName({ ...base, format: 'html' }),
      exportFileName({ ...base, format: 'workload-csv' }),
      exportFileName({ ...base, format: 'json' }),
    ];
    expect(new Set(names).size).toBe(names.length);
    expect(names[1]).toBe('gd-collaboration-min3@2x.png');
    expect(names[3]).toBe('gd-collaboration-min3@2x-transparent.png');
    expect(exportFileName({ ...base, view: 'assignments', filters: { sections: [5, 2], kinds: ['court'], minShared: 1, roles: 'lead' }, format: 'png', scale: 4 })).toBe(
      'gd-assignments-min1-lead-s2+5-court@4x.png',
    );
  });
});

describe('the picture as a PowerPoint slide', () => {
  it('reads back as native shapes: a named ellipse per unit where the picture draws it, lines, text boxes in the CJK font', async () => {
    const { pictureScene } = await import('../../web/src/export/picture-scene');
    const { scenesToPptx } = await import('../../web/src/export/scene-to-pptx');
    const { default: JSZip } = await import('jszip');
    const { XMLParser } = await import('fast-xml-parser');
    const at3 = { ...filters, minShared: 3 };
    const net = buildNetwork('collaboration', plan, at3);
    const graph = exportGraph(plan, 'collaboration', net, layoutNetwork(net, 1, CANVAS), at3);
    const scene = pictureScene(graph, 'zh', (text, size) => size * [...text].length);
    const deck = await JSZip.loadAsync(await scenesToPptx([scene], { title: graph.title, source: graph.source }));
    expect(Object.keys(deck.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toEqual(['ppt/slides/slide1.xml']);
    const presentation = new XMLParser({ ignoreAttributes: false }).parse(await deck.file('ppt/presentation.xml')!.async('string'));
    const size = presentation['p:presentation']['p:sldSz'];
    expect(Number(size['@_cx']) / Number(size['@_cy'])).toBeCloseTo(16 / 9, 2);
    const slide = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'p:sp' || name === 'p:cxnSp' || name === 'a:r' }).parse(
      await deck.file('ppt/slides/slide1.xml')!.async('string'),
    );
    const shapes = slide['p:sld']['p:cSld']['p:spTree']['p:sp'] as Array<Record<string, any>>;
    const read = shapes.map((sp) => ({
      name: sp['p:nvSpPr']['p:cNvPr']['@_name'] as string,
      geometry: sp['p:spPr']['a:prstGeom']?.['@_prst'] as string,
      x: Number(sp['p:spPr']['a:xfrm']['a:off']['@_x']) / 914400,
      y: Number(sp['p:spPr']['a:xfrm']['a:off']['@_y']) / 914400,
      w: Number(sp['p:spPr']['a:xfrm']['a:ext']['@_cx']) / 914400,
      text: (sp['p:txBody']?.['a:p']?.['a:r'] ?? []).map((r: any) => String(r['a:t'])).join(''),
      font: sp['p:txBody']?.['a:p']?.['a:r']?.[0]?.['a:rPr']?.['a:ea']?.['@_typeface'],
    }));
    const ndrc = scene.shapes.find((s) => s.type === 'ellipse' && s.name === '省发展改革委')!;
    const ellipse = read.find((s) => s.geometry === 'ellipse' && s.name === '省发展改革委')!;
    expect(ndrc.type === 'ellipse' && Math.abs(ellipse.x - (ndrc.cx - ndrc.r) / 120)).toBeLessThan(0.001);
    expect(ndrc.type === 'ellipse' && Math.abs(ellipse.w - (2 * ndrc.r) / 120)).toBeLessThan(0.001);
    const tied = coOwnership(taskTeams(plan)).filter((p) => p.shared >= 3);
    expect(read.filter((s) => s.geometry === 'ellipse' && !s.text).length).toBeGreaterThanOrEqual(new Set(tied.flatMap((p) => [p.a, p.b])).size);
    expect(read.filter((s) => s.geometry === 'line').length).toBeGreaterThan(200);
    const title = read.find((s) => s.text === graph.title)!;
    expect(title.font).toBe('Noto Sans CJK SC');
    expect(read.some((s) => s.name === 'label 省发展改革委' && s.text === '省发展改革委')).toBe(true);
    expect(read.some((s) => s.text === '图例')).toBe(true);
    expect(read.some((s) => s.text === '线宽 = 共同任务数')).toBe(true);
  });
});
