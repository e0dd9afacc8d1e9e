/**
 * A plan through Neo4j and back is the plan that went in: parse → load → cypher/plan.cypher →
 * planFromStored equals the parsed plan, findings' spans, paragraph roles and line origins
 * included — for the seed, its re-layouts, plans of the layout corpus, a table plan, and
 * random plan-like texts. A stored plan that no longer fits the schema is a server fault (500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';
import { driver, read, removeDocuments, settings } from '../support/_database';
import { applySchema, loadPlan } from '../../ingest/load/load-plan';
import { runNamedQuery } from '../../cypher/named-queries';
import { planFromStored } from '../../ingest/load/stored-plan';
import { parseSnippet, SEED_TEXT, seedPlan } from '../support/_plans';
import { readCorpusPlan } from '../support/_corpus';
import { fullWidthCrlfBom, separateLeadSupportLines, trailingParenthesis } from '../support/_relayout';
import { readTablePlan, writeTablePlan } from '../support/_table-plans';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { parsePlanText } from '../../ingest/parse/parse-plan';
import type { ParsedPlan } from '../../ingest/model';

let d: Driver;
beforeAll(async () => {
  d = driver();
  await applySchema(d, settings);
});
afterAll(async () => {
  await removeDocuments(d, 'it-rt');
  await d.close();
});

async function roundTrip(plan: ParsedPlan, id: string): Promise<{ loaded: ParsedPlan; back: ParsedPlan }> {
  const loaded = { ...plan, document: { ...plan.document, id } };
  await loadPlan(d, settings, loaded);
  const rows = await runNamedQuery(d, settings, 'plan', { document: id });
  return { loaded, back: planFromStored(rows[0]) };
}

const relaid = (text: string, id: string) => parsePlanText({ id, sourceFile: `${id}.txt`, contentHash: 'b'.repeat(64), text });

describe('a plan through the database and back', () => {
  it.each([
    ['the seed', () => seedPlan()],
    ['the seed, full width with CRLF and a BOM', () => relaid(fullWidthCrlfBom(SEED_TEXT).slice(1), 'wide')],
    ['the seed, separate lead and support lines', () => relaid(separateLeadSupportLines(SEED_TEXT), 'lines')],
    ['the seed, divisions in trailing parentheses', () => relaid(trailingParenthesis(SEED_TEXT), 'parens')],
    ['a city plan with (一) tasks restarting per section', () => readCorpusPlan('chengdu-city-2023').plan],
    ['a city plan with leaders and deadlines', () => readCorpusPlan('wenzhou-city-2023').plan],
    ['a national plan', () => readCorpusPlan('state-council-2023').plan],
  ])('%s comes back equal', async (_what, make) => {
    const { loaded, back } = await roundTrip(make(), `it-rt-${_what.length}`);
    expect(back).toEqual(loaded);
  });

  it('a table plan read from Excel comes back with its table rows', async () => {
    const { bytes } = await writeTablePlan(readTablePlan('wuhu-city-2023'), 'xlsx');
    const { loaded, back } = await roundTrip(await readPlanBytes(bytes, 'wuhu.xlsx'), 'it-rt-xlsx');
    expect(back).toEqual(loaded);
    expect(back.lineOrigins.some((o) => o.sheet !== null && o.row !== null)).toBe(true);
  });

  it('random plan-like texts come back equal', async () => {
    const pieces = ['部门分工:', '工作措施:', '牵头单位:', '配合单位:', '牵头', '配合', '、', ',', '。', '(', ')', '省', '发展改革委', '财政厅', '高铁', '机场', '一、', '二、', '12.', '(三)', '\n', 'x'];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 }), async (parts) => {
        n += 1;
        const { loaded, back } = await roundTrip(parseSnippet(parts.join('')), `it-rt-random-${n}`);
        expect(back).toEqual(loaded);
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a stored plan that fits no schema with an error of the data, not of the request', () => {
    expect(() => planFromStored({ document: { id: 'x' }, sections: [], tasks: [], units: [], assignments: [], projects: [], mentions: [], findings: [] })).toThrow(/sourceFile|contentHash/);
  });
});
