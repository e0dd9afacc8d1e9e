/**
 * Plans laid out as tables, read from every format they travel in (a GB2312 web page, a Word
 * table, an Excel sheet, a Word table copied out as TSV, a CSV saved from Excel): each format
 * gives exactly the hand-checked tasks — section, number, ordered leads and supports, leaders,
 * deadline — so all formats give the same tasks, and every task points at its table row.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { describeLine, type ParsedPlan } from '../../ingest/model';
import { asExpected, canonicalExpected, type ExpectedTask } from '../support/_corpus';
import { readTablePlan, tablePlanNames, TABLE_FORMATS, writeTablePlan, type TablePlan } from '../support/_table-plans';

const names = tablePlanNames();

/** The expectation in the dictionaries' spelling, as the parser names units. */
function wanted(plan: TablePlan): ExpectedTask[] {
  return canonicalExpected({ title: plan.title, level: plan.level, region: null, year: 2023, conventions: [], tasks: plan.expected });
}

describe('table plans in every format', () => {
  it('holds two hand-checked plans of 22–30 tasks', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const name of names) expect(readTablePlan(name).expected.length).toSatisfy((n: number) => n >= 22 && n <= 30);
  });

  describe.each(names)('%s', (name) => {
    const plan = readTablePlan(name);
    const want = wanted(plan);
    const taskRows = plan.rows.flatMap((row, i) => ('cells' in row ? [i] : []));

    describe.each(TABLE_FORMATS)('as %s', (format) => {
      const read = (async () => {
        const file = await writeTablePlan(plan, format);
        return { file, parsed: await readPlanBytes(file.bytes, file.fileName) };
      })();
      // Each test awaits the reading and reports its failure; this only marks it as handled.
      read.catch(() => undefined);

      it('gives every task with its section and number', async () => {
        const { parsed } = await read;
        expect(parsed.tasks.map((t) => [t.section, t.numberInferred ? null : t.number])).toEqual(want.map((t) => [t.section, t.number]));
      });

      it.each(want.map((task, i) => [i + 1, task] as const))('task %i has exactly the expected division', async (ordinal, task) => {
        const { parsed } = await read;
        const got = parsed.tasks[ordinal - 1];
        expect(got && asExpected(got)).toEqual(task);
      });

      it('reads the title and the conventions its notice announces', async () => {
        const { parsed } = await read;
        expect(parsed.document.title).toBe(plan.title);
        expect(parsed.document.layout.conventions).toEqual(plan.conventions);
      });

      it('points every task at its table row', async () => {
        const { file, parsed } = await read;
        const taskColumn = plan.header[1]!;
        expect(parsed.tasks.map((t) => describeLine(t.span.line, parsed.lineOrigins))).toEqual(taskRows.map((i) => `${file.rowOf(i)} (${taskColumn})`));
        const lead = parsed.assignments.find((a) => a.role === 'lead');
        expect(lead && parsed.lineOrigins[lead.span.line - 1]?.table).toBe(1);
      });
    });

    it('gives the same tasks from every format', async () => {
      const readings = await Promise.all(
        TABLE_FORMATS.map(async (format) => {
          const file = await writeTablePlan(plan, format);
          return divisionOf(await readPlanBytes(file.bytes, file.fileName));
        }),
      );
      for (const reading of readings.slice(1)) expect(reading).toEqual(readings[0]);
    });
  });

  it('writes the web page in GB2312/GBK that declares it, with no character lost', async () => {
    for (const name of names) {
      const plan = readTablePlan(name);
      const { bytes } = await writeTablePlan(plan, 'html');
      const page = iconv.decode(Buffer.from(bytes), 'gbk');
      expect(page).toContain('<meta charset="gb2312">');
      for (const row of plan.rows) for (const cell of 'cells' in row ? row.cells : [row.section]) for (const line of (cell ?? '').split('\n')) expect(page).toContain(line);
    }
  });
});

function divisionOf(plan: ParsedPlan) {
  return plan.tasks.map((t) => ({ ...asExpected(t), label: t.label }));
}
