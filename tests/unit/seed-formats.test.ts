/**
 * The seed in the files people download: a web page in GB2312, a Word document and a
 * printed PDF (each written by a real writer) parse to exactly the seed's tasks, numbers and
 * assignments, and the document says which format it came from.
 */
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { readPlanBytes } from '../../ingest/read/read-plan-bytes';
import { SEED_TEXT, seedPlan } from '../support/_plans';
import { pdfOfParagraphs } from '../support/_fixtures-pdf';
import type { ParsedPlan } from '../../ingest/model';

const paragraphs = SEED_TEXT.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const assignmentsOf = (plan: ParsedPlan) => plan.tasks.map((t) => [t.number, t.section, t.leads, t.supports]);

async function docxOfSeed(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function htmlOfSeed(): Uint8Array {
  const page =
    '<!DOCTYPE html><html><head><meta charset="gb2312"><title>分工方案</title><script>var x = "<p>不是正文</p>";</script></head>' +
    '<body><nav class="menu"><a href="/">首页</a> <a href="/zw">政务公开</a></nav><div class="article">' +
    paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n') +
    '</div><div class="footer">版权所有</div></body></html>';
  return new Uint8Array(iconv.encode(page, 'gbk'));
}

describe('the seed in other formats', () => {
  const seed = seedPlan();

  it.each([
    ['a web page in GB2312', 'seed.html', async () => htmlOfSeed(), 'html'],
    ['a Word document', 'seed.docx', docxOfSeed, 'docx'],
    ['a printed PDF', 'seed.pdf', () => pdfOfParagraphs(paragraphs), 'pdf'],
  ] as const)('%s parses to the seed’s tasks and assignments', async (_what, file, make, format) => {
    const plan = await readPlanBytes(await make(), file);
    expect(plan.document.format).toBe(format);
    expect(plan.tasks).toHaveLength(123);
    expect(assignmentsOf(plan)).toEqual(assignmentsOf(seed));
    expect(plan.units.map((u) => u.name).sort()).toEqual(seed.units.map((u) => u.name).sort());
  });
});
