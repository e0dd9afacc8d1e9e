/**
 * Properties over arbitrary text: the parser never throws, every paragraph gets exactly one
 * role, every paragraph that fits no rule is reported, and every span points inside the text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSnippet } from '../support/_plans';

const pieces = [
  '部门分工:', '工作措施:', '牵头单位:', '配合单位:', '责任单位:', '牵头', '配合', '等', '、', ',', ',', ':', '(', ')', '(', ')', '。',
  '省', '市', '发展改革委', '财政厅', '广州', '深圳市政府', '各地', '高铁', '机场', '等项目', '建设', '和', '以及', '一、', '二、',
  '12.', '3、', '\n', '\r\n', '  ', '\u3000', '“', '”', '《', '》', 'x', '1',
];
const planLike = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(planLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('parser properties', () => {
  it('never throws and accounts for every paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const plan = parseSnippet(text);
        const nonEmpty = text.split('\n').filter((line) => line.replace(/[\s\u3000\ufeff]/g, '') !== '').length;
        expect(plan.paragraphs).toHaveLength(nonEmpty);
        const unparsed = plan.paragraphs.filter((p) => p.role === 'unparsed').map((p) => p.line);
        const reported = plan.findings.filter((f) => f.code === 'unparsed-paragraph').map((f) => f.line);
        expect(reported).toEqual(unparsed);
        for (const a of plan.assignments) {
          expect(a.span.start).toBeGreaterThanOrEqual(0);
          expect(a.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(a.span.start, a.span.end)).toBe(a.surface);
        }
        for (const m of plan.mentions) expect(m.span.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives every assignment a task that exists and a unit that is listed', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const plan = parseSnippet(text);
        const units = new Set(plan.units.map((u) => u.name));
        for (const a of plan.assignments) {
          expect(plan.tasks[a.task - 1]).toBeDefined();
          expect(units.has(a.unit)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
