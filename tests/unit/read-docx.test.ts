/**
 * Word plans written by the docx package: paragraphs and the division table in document
 * order, the section row's gridSpan and the lead unit's vertical merge spread into every cell
 * they cover, a cell of two paragraphs as two lines.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../ingest/read/read-docx';
import { PlanInputError } from '../../ingest/parse/plan-input-error';
import { divisionDocx, INTRO, TABLE_ROWS, TITLE } from '../support/_fixtures';

describe('reading Word documents', () => {
  it('reads paragraphs and the table in order, merged cells spread', async () => {
    const body = await readDocx(await divisionDocx(), 'plan.docx');
    expect(body).toEqual({
      format: 'docx',
      blocks: [
        { kind: 'paragraph', text: TITLE, page: null },
        { kind: 'paragraph', text: `${INTRO}\n各单位要按要求落实。`, page: null },
        { kind: 'table', rows: TABLE_ROWS, page: null, sheet: null },
        { kind: 'paragraph', text: '附件：无', page: null },
      ],
    });
  });

  it('refuses a damaged .docx with unreadable-container', async () => {
    const bytes = (await divisionDocx()).slice(0, 400);
    await expect(readDocx(bytes, 'broken.docx')).rejects.toSatisfy(
      (e: unknown) => e instanceof PlanInputError && e.code === 'unreadable-container' && e.file === 'broken.docx',
    );
  });
});
