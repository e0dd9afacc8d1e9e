/**
 * What each column of a plan table holds, read from its header row: 序号, 重点任务 (工作任务,
 * 主要内容, 目标任务 …), 牵头单位, 责任单位, 配合单位, 责任领导, 完成时限, 备注, or a category
 * column (类别, 领域) that groups tasks into sections. Headers are matched by their words, in
 * any order; a row is a header when it names a task column and at least one unit column.
 */
export type ColumnRole = 'number' | 'task' | 'lead' | 'responsible' | 'support' | 'leaders' | 'deadline' | 'category' | 'note';

const HEADER_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['number', /^(序号|编号|序|No\.?|NO\.?)$/],
  ['leaders', /领导/],
  ['lead', /牵头(单位|部门|责任单位)?|主办单位|主责单位/],
  ['support', /配合(单位|部门)|协办单位|参与单位|协同单位|配合$/],
  ['responsible', /责任(单位|部门)|实施(单位|主体)|承办单位|负责(单位|部门)|责任主体/],
  ['deadline', /时限|时间节点|完成时间|完成期限|进度安排|时间安排|时间进度/],
  ['note', /备注|说明/],
  ['category', /^(类别|领域|板块|方面|重点领域|工作类别|分类)$/],
  ['task', /任务|内容|工作|措施|目标|事项|举措/],
];

export interface TableColumns {
  roles: Array<ColumnRole | null>;
  /** The header text of each column, for provenance. */
  names: string[];
}

const compact = (cell: string) => cell.replace(/[\s\u3000]+/g, '');

/** The column roles a row names, or null when it is not a plan table's header. */
export function readHeader(row: readonly string[]): TableColumns | null {
  const names = row.map(compact);
  const roles = names.map((name) => (name.length === 0 || name.length > 12 ? null : roleOf(name)));
  // Merged header cells repeat their text; only the first of a run keeps the role.
  for (let i = 1; i < roles.length; i++) if (names[i] === names[i - 1]) roles[i] = null;
  const hasTask = roles.includes('task');
  const hasUnits = roles.some((r) => r === 'lead' || r === 'responsible' || r === 'support');
  return hasTask && hasUnits ? { roles, names } : null;
}

function roleOf(name: string): ColumnRole | null {
  for (const [role, pattern] of HEADER_WORDS) if (pattern.test(name)) return role;
  return null;
}
