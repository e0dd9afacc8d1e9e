/**
 * Findings in the reader's language. The parser writes each finding's message in English;
 * the Chinese interface says the same from the finding's code, line, task and the names the
 * message quotes, so no reader meets a bare code such as `number-inferred`.
 */
import type { Finding, FindingCode, LineOrigin, ParsedPlan } from '../../../ingest/model';
import type { Language } from './messages';

export const FINDING_TITLES: Readonly<Record<Language, Record<FindingCode, string>>> = {
  zh: {
    'task-without-division': '任务缺少部门分工',
    'division-without-task-text': '分工缺少任务原文',
    'division-without-lead': '分工未写明牵头单位',
    'division-without-role-word': '分工缺少角色词',
    'unit-not-in-dictionary': '单位不在词典中',
    'collective-unit': '集合主体',
    'number-inferred': '任务编号为推断',
    'number-contradiction': '任务编号矛盾',
    'section-heading-missing': '部分标题缺失',
    'section-number-gap': '部分编号不连续',
    'unparsed-paragraph': '未识别的段落',
    'document-ends-mid-task': '文件在任务中途结束',
    'convention-applied': '已按通知惯例读取',
    'convention-assumed': '假定第一个单位牵头',
    'convention-not-applicable': '惯例无法应用',
  },
  en: {
    'task-without-division': 'Task without a division',
    'division-without-task-text': 'Division without task text',
    'division-without-lead': 'Division names no lead',
    'division-without-role-word': 'Division without a role word',
    'unit-not-in-dictionary': 'Unit not in the dictionaries',
    'collective-unit': 'Collective unit',
    'number-inferred': 'Task number inferred',
    'number-contradiction': 'Task numbers contradict',
    'section-heading-missing': 'Section heading missing',
    'section-number-gap': 'Gap in section numbers',
    'unparsed-paragraph': 'Paragraph not understood',
    'document-ends-mid-task': 'Document ends mid-task',
    'convention-applied': 'Notice convention applied',
    'convention-assumed': 'First unit taken as lead',
    'convention-not-applicable': 'Convention cannot apply',
  },
};

/** Where a line is, for a Chinese reader: 第 12 行, 表 1 第 3 行, 第 2 页. */
function whereZh(line: number | null, origins: readonly LineOrigin[]): string {
  if (line === null) return '';
  const origin = origins[line - 1];
  if (origin?.table != null && origin.row != null) return `${origin.sheet ? `工作表 ${origin.sheet}` : `表 ${origin.table}`} 第 ${origin.row} 行`;
  if (origin?.page != null) return `第 ${origin.page} 页`;
  return `第 ${line} 行`;
}

export function findingText(f: Finding, plan: Pick<ParsedPlan, 'tasks' | 'lineOrigins'>, language: Language): string {
  if (language === 'en') return f.message;
  const at = whereZh(f.line, plan.lineOrigins ?? []);
  const task = plan.tasks.find((t) => t.ordinal === f.task);
  const name = task ? (task.label !== null ? `第 ${task.label} 项任务` : `第 ${task.ordinal} 个任务块`) : '该任务';
  const quoted = /“([^”]+)”/.exec(f.message)?.[1] ?? '';
  const number = (pattern: RegExp) => pattern.exec(f.message)?.[1] ?? '';
  const text: Record<FindingCode, string> = {
    'task-without-division': `${name}没有部门分工（没有“部门分工”段落、牵头/责任单位行或括号内的分工）——任务保留，但不设牵头或配合单位，也不借用相邻任务的分工`,
    'division-without-task-text': `${name}只有部门分工，没有标题或工作措施——任务原文缺失；其分工保留`,
    'division-without-lead': `${name}的分工没有写明牵头单位——牵头不详；所列单位按配合单位保留`,
    'division-without-role-word': `${name}的分工中有一部分没有角色词（牵头/配合/负责）——这些单位按配合单位保留`,
    'unit-not-in-dictionary': `单位“${quoted}”不在机构词典中——按规则归类保留；可在词典文件中补充，以确认其名称和类别`,
    'collective-unit': `“${quoted}”代表多个单位——作为一个集合主体保留，不视为单个部门`,
    'number-inferred': `任务编号 ${number(/task number (\d+)/)} 由前后写明的编号推断`,
    'number-contradiction': `写明的编号之间的任务块数与编号空缺不符——这些任务的编号不详`,
    'section-heading-missing': `第 ${number(/section (\d+)/)} 部分的标题缺失；第一个标题之前的任务块归入该部分`,
    'section-number-gap': `部分编号不连续：${f.message.replace(/^[^:]*:\s*/, '')}`,
    'unparsed-paragraph': `段落不符合任何规则（不是标题、任务标题、工作措施或部门分工）——未纳入图：“${quoted}”`,
    'document-ends-mid-task': '文件以一项只有工作措施、没有分工的任务结束——正文可能不完整',
    'convention-applied': '通知规定了分工的读法——已用于所有未写明牵头单位的分工',
    'convention-assumed': '部分分工只列出责任单位，通知未说明读法——以第一个单位为牵头单位；如方案另有规定请注明',
    'convention-not-applicable': '通知以加粗标出牵头单位，但纯文本没有加粗——未写“牵头”的名单只能按分工用语读取',
  };
  return at ? `${at}：${text[f.code]}` : text[f.code];
}
