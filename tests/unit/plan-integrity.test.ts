/**
 * A parsed plan from outside cannot reach another document or point at nothing: document ids
 * are slugs derived from any file name, and a plan whose references are broken is refused
 * with the first broken one named, before anything is computed.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentId, ParsedPlan } from '../../ingest/model';
import { documentIdOf } from '../../ingest/parse/document-id';
import { readPlanInput } from '../../ingest/load/read-plan-input';
import { seedPlan } from '../support/_plans';

const scratch = mkdtempSync(join(tmpdir(), 'fengong-integrity-'));

describe('document ids from file names', () => {
  it.each([
    ['seeds/guangdong-2022-task-division.txt', 'guangdong-2022-task-division'],
    ['广东省2022年重点任务分工方案.txt', '广东省2022年重点任务分工方案'],
    ['下载/广东省 2022年 重点任务分工方案（终稿）.docx', '广东省-2022年-重点任务分工方案-终稿'],
    ['C:\\plans\\Plan_v2.final.TXT', 'plan-v2-final'],
    ['Ｐｌａｎ２ 。分工.txt', 'plan2-分工'],
    ['A/unit/x.json', 'x'],
    ['---.txt', 'plan'],
  ])('%s → %s', (file, id) => {
    expect(documentIdOf(file)).toBe(id);
    expect(DocumentId.safeParse(id).success).toBe(true);
  });

  it('gives an id the schema accepts for any file name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        expect(DocumentId.safeParse(documentIdOf(`${name}.txt`)).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['A/unit/x', 'guangdong/task/4', 'Plan', 'two  spaces', '-lead', 'a..b', ''])('refuses %j as a document id', (id) => {
    expect(DocumentId.safeParse(id).success).toBe(false);
  });
});

type Mutation = (plan: Record<string, any>) => void;

/** The seed as a JSON file, changed by `mutate`, read the way `npm run ingest` reads it. */
async function refusal(name: string, mutate: Mutation): Promise<string> {
  const plan = structuredClone(seedPlan()) as Record<string, any>;
  mutate(plan);
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(plan));
  return readPlanInput(file).then(
    () => 'accepted',
    (error: Error) => error.message,
  );
}

describe('a parsed-plan JSON that reaches outside itself', () => {
  it('is refused when its document id would reach into another document (A/unit/x)', async () => {
    const message = await refusal('s2', (p) => (p.document.id = 'guangdong-2022-task-division/unit/省财政厅'));
    expect(message).toMatch(/s2\.json: fails validation at document\.id: a document id is letters and digits joined by single hyphens/);
    expect(message).toMatch(/nothing of it was loaded/);
  });

  it.each<[string, Mutation, string]>([
    ['an assignment to a unit it does not list', (p) => (p.assignments[5].unit = '省不存在厅'), 'assignments.5.unit: unit "省不存在厅" is not among the plan\'s units'],
    ['an assignment to a task it does not have', (p) => (p.assignments[0].task = 999), "assignments.0.task: task 999 is not among the plan's 123 task(s)"],
    ['a mention of a project it does not list', (p) => (p.mentions[2].project = '不存在铁路'), 'mentions.2.project: project "不存在铁路" is not among the plan\'s projects'],
    ['a finding about a task it does not have', (p) => (p.findings[0].task = 500), "findings.0.task: task 500 is not among the plan's 123 task(s)"],
    ['a project named by a task it does not have', (p) => (p.projects[1].tasks = [1, 400]), "projects.1.tasks.1: task 400 is not among the plan's 123 task(s)"],
    ['a task in a section it does not have', (p) => (p.tasks[7].section = 42), "tasks.7.section: section 42 is not among the plan's sections"],
    ['a task led by a unit it does not list', (p) => (p.tasks[3].leads = ['省发展改革委', '省不存在局']), 'tasks.3.leads.1: unit "省不存在局" is not among the plan\'s units'],
    ['two units of one name', (p) => p.units.push({ ...p.units[0] }), `units.${seedPlan().units.length}.name: unit name "${seedPlan().units[0]!.name}" appears twice`],
    ['two tasks of one ordinal', (p) => (p.tasks[1].ordinal = 1), 'tasks.1.ordinal: task ordinal 1 appears twice'],
  ])('names %s', async (name, mutate, expected) => {
    const message = await refusal(name.replace(/\W+/g, '-'), mutate);
    expect(message).toContain(`fails validation at ${expected}`);
  });

  it('names the first broken reference when there are several', async () => {
    const message = await refusal('several', (p) => {
      p.mentions[0].task = 777;
      p.assignments[9].unit = '省甲厅';
      p.assignments[3].unit = '省乙厅';
    });
    expect(message).toContain('fails validation at assignments.3.unit: unit "省乙厅"');
  });

  it('accepts the parser’s own output, references and all', () => {
    expect(ParsedPlan.safeParse(JSON.parse(JSON.stringify(seedPlan()))).success).toBe(true);
  });
});
