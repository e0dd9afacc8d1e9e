/**
 * A folder of plans in the files people have — a Word copy of the seed, a table plan as an
 * Excel sheet and as a web page, a city plan in text — loads in one `npm run ingest`, each
 * document with its tasks, and a task read from a table keeps its table row in the database.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { driver, read, removeDocuments } from '../support/_database';
import { SEED_TEXT } from '../support/_plans';
import { CORPUS_DIR } from '../support/_corpus';
import { readTablePlan, writeTablePlan } from '../support/_table-plans';

const run = promisify(execFile);
const folder = mkdtempSync(join(tmpdir(), 'fengong-formats-'));

afterAll(async () => {
  const d = driver();
  await removeDocuments(d, 'it-fmt');
  await d.close();
});

describe('npm run ingest on a folder of mixed formats', () => {
  it('loads every plan with its tasks and keeps table rows as provenance', async () => {
    const paragraphs = SEED_TEXT.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    writeFileSync(join(folder, 'it-fmt-seed.docx'), await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })));
    const table = readTablePlan('wuhu-city-2023');
    writeFileSync(join(folder, 'it-fmt-wuhu.xlsx'), (await writeTablePlan(table, 'xlsx')).bytes);
    writeFileSync(join(folder, 'it-fmt-wuhu-page.html'), (await writeTablePlan(table, 'html')).bytes);
    copyFileSync(join(CORPUS_DIR, 'wenzhou-city-2023.txt'), join(folder, 'it-fmt-wenzhou.txt'));
    writeFileSync(join(folder, 'notes.json'), '{"not": "a plan"}');

    const { stdout } = await run('npx', ['tsx', 'ingest/cli/ingest.ts', folder], { encoding: 'utf8', env: process.env });
    expect(stdout).toMatch(/\[1\/4\] .*it-fmt-seed\.docx: loaded — 123 tasks, 112 lead and 576 support assignments/);
    expect(stdout).toMatch(/it-fmt-wenzhou\.txt: loaded — 26 tasks/);
    expect(stdout).toMatch(new RegExp(`it-fmt-wuhu\\.xlsx: loaded — ${table.expected.length} tasks`));
    expect(stdout).toMatch(new RegExp(`it-fmt-wuhu-page\\.html: loaded — ${table.expected.length} tasks`));

    const d = driver();
    const [doc] = await read<{ format: string; origins: string }>(d, 'MATCH (d:Document {id: "it-fmt-wuhu"}) RETURN d.format AS format, d.lineOrigins AS origins');
    expect(doc!.format).toBe('xlsx');
    const origins = JSON.parse(doc!.origins) as Array<{ sheet: string | null; row: number | null }>;
    const [task] = await read<{ line: number }>(d, 'MATCH (t:Task {document: "it-fmt-wuhu"}) WHERE t.ordinal = 1 RETURN t.line AS line');
    expect(origins[task!.line - 1]).toMatchObject({ sheet: '任务分工' });
    expect(origins[task!.line - 1]!.row).toBeGreaterThan(1);
    await d.close();
  });
});
