import { describe, expect, it } from 'vitest';
import { seedPlan, SEED_TEXT, taskNumbered } from '../support/_plans';

describe('the seed plan: structure', () => {
  const plan = seedPlan();

  it('has 123 task blocks numbered 10 to 132 without a gap', () => {
    expect(plan.tasks).toHaveLength(123);
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 123 }, (_, i) => 10 + i));
  });

  it('keeps the ten written numbers as written, and they agree with the inferred sequence', () => {
    const written = plan.tasks.filter((t) => !t.numberInferred);
    expect(written.map((t) => t.number)).toEqual([11, 12, 34, 35, 37, 53, 55, 59, 81, 115]);
    expect(plan.findings.filter((f) => f.code === 'number-contradiction')).toEqual([]);
    expect(plan.findings.filter((f) => f.code === 'number-inferred')).toHaveLength(113);
  });

  it('lists the 34 tasks whose division was lost, and fills none of them from a neighbour', () => {
    const missing = plan.tasks.filter((t) => t.division === null);
    expect(missing.map((t) => t.number)).toEqual([
      22, 23, 27, 30, 32, 50, 54, 58, 59, 60, 62, 63, 65, 66, 69, 70, 73, 80, 82, 85, 88, 89, 90, 91, 93, 100, 101, 102,
      103, 104, 105, 126, 127, 132,
    ]);
    for (const task of missing) {
      expect(task.leads).toEqual([]);
      expect(task.supports).toEqual([]);
    }
    const reported = plan.findings.filter((f) => f.code === 'task-without-division').map((f) => f.task);
    expect(reported).toEqual(missing.map((t) => t.ordinal));
    // Task 22 (line 63) and 23 (line 65) are followed by task 24's division at line 69.
    expect(plan.findings.find((f) => f.task === taskNumbered(plan, 22).ordinal && f.code === 'task-without-division')?.line).toBe(63);
  });

  it('reads the lone first division as task 10 whose text is lost', () => {
    const task10 = taskNumbered(plan, 10);
    expect(task10.headline).toBeNull();
    expect(task10.measures).toBeNull();
    expect(task10.leads).toEqual(['省工业和信息化厅']);
    expect(task10.divisionSpan?.line).toBe(11);
    expect(plan.findings.some((f) => f.code === 'division-without-task-text' && f.line === 11)).toBe(true);
  });

  it('reads task 11 as a headline with a division and no measures', () => {
    const task11 = taskNumbered(plan, 11);
    expect(task11.headline).toBe('全省空气质量优良天数比率(AQI)和地表水水质优良率均完成国家下达任务。');
    expect(task11.measures).toBeNull();
    expect(task11.leads).toEqual(['省生态环境厅']);
  });

  it('finds sections 二 to 十, places tasks 10 and 11 in section 一 whose heading is lost', () => {
    expect(plan.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.sections[0]!.title).toBeNull();
    expect(plan.sections[1]!.title).toMatch(/^纵深推进“双区”建设/);
    expect(plan.sections[9]!.span?.line).toBe(449);
    expect(taskNumbered(plan, 10).section).toBe(1);
    expect(taskNumbered(plan, 11).section).toBe(1);
    expect(taskNumbered(plan, 12).section).toBe(2);
    expect(taskNumbered(plan, 132).section).toBe(10);
    expect(plan.findings.some((f) => f.code === 'section-heading-missing')).toBe(true);
  });

  it('tells the cover letter from the plan: its numbered points are not sections', () => {
    const preamble = plan.paragraphs.filter((p) => p.role === 'preamble').map((p) => p.line);
    expect(preamble).toEqual([1, 3, 5, 7, 9]);
    expect(plan.document.title).toBe('2022年省〈政府工作报告〉重点任务分工方案');
    expect(plan.document.year).toBe(2022);
    expect(plan.document.region).toBe('广东');
  });

  it('gives every paragraph a role and leaves none unparsed', () => {
    expect(plan.paragraphs).toHaveLength(234);
    expect(plan.paragraphs.filter((p) => p.role === 'unparsed')).toEqual([]);
  });

  it('counts 112 lead and 576 support assignments', () => {
    expect(plan.assignments.filter((a) => a.role === 'lead')).toHaveLength(112);
    expect(plan.assignments.filter((a) => a.role === 'support')).toHaveLength(576);
  });

  it('keeps provenance: every assignment span holds the words it was read from', () => {
    for (const a of plan.assignments) {
      expect(SEED_TEXT.slice(a.span.start, a.span.end)).toBe(a.surface);
      expect(SEED_TEXT.split('\n')[a.span.line - 1]).toContain(a.surface);
    }
    for (const t of plan.tasks) {
      if (t.measuresSpan) expect(SEED_TEXT.slice(t.measuresSpan.start, t.measuresSpan.end)).toBe(t.measures);
    }
  });
});
