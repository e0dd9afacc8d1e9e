/**
 * A plan body (paragraphs and tables, from any format) to the text the parser reads, with
 * the origin of every line. A table of tasks is written out in the genre's labelled-line
 * layout — `12.task text` then `牵头单位:…`, `责任单位:…`, `完成时限:…` — so that one grammar
 * reads text and tables alike; a row that spans the table (or a change in its category
 * column) opens a section. Tables that continue one another (a header repeated on the next
 * page, or no header at all) are read with the header seen last.
 */
import type { LineOrigin } from '../model';
import type { BodyTable, PlanBody } from './plan-body';
import { readHeader, type ColumnRole, type TableColumns } from './table-columns';
import { chineseNumeral, readNumberingMarker } from '../parse/numbering-marker';

export interface PlanText {
  text: string;
  /** Origin of each line of `text`, in order. */
  origins: LineOrigin[];
  /** Tables that were read as tables of tasks. */
  taskTables: number;
}

const LABELS: Partial<Record<ColumnRole, string>> = {
  lead: '牵头单位',
  responsible: '责任单位',
  support: '配合单位',
  leaders: '责任领导',
  deadline: '完成时限',
};
const ROLE_ORDER: readonly ColumnRole[] = ['lead', 'responsible', 'support', 'leaders', 'deadline'];

export function bodyToSource(body: PlanBody): PlanText {
  const lines: string[] = [];
  const origins: LineOrigin[] = [];
  const none: LineOrigin = { page: null, table: null, row: null, column: null, sheet: null };
  const emit = (text: string, origin: LineOrigin) => {
    for (const line of text.split('\n')) {
      lines.push(line);
      origins.push(origin);
    }
  };
  let tableNumber = 0;
  let header: TableColumns | null = null;
  let taskTables = 0;
  const sections = { count: 0, category: null as string | null };
  for (const block of body.blocks) {
    if (block.kind === 'paragraph') {
      emit(block.text, { ...none, page: block.page });
      continue;
    }
    tableNumber += 1;
    const start = findHeader(block, header);
    header = start.header;
    if (!header) {
      // Not a table of tasks: its cells are read as lines of text, row by row.
      block.rows.forEach((row, r) => emit(distinct(row).join(' '), { ...none, page: block.page, table: tableNumber, row: r + 1, sheet: block.sheet }));
      continue;
    }
    taskTables += 1;
    // Rows above the header (a sheet's title, a note announcing the plan's conventions) are text.
    block.rows
      .slice(0, Math.max(0, start.firstRow - 1))
      .forEach((row, r) => emit(distinct(row.map((c) => c.trim()).filter((c) => c.length > 0)).join(' '), { ...none, page: block.page, table: tableNumber, row: r + 1, sheet: block.sheet }));
    const rows = body.format === 'csv' || body.format === 'tsv' ? fillMergedBlanks(block.rows, start.firstRow, header) : block.rows;
    writeTaskRows({ ...block, rows }, start.firstRow, header, tableNumber, sections, emit);
  }
  return { text: lines.join('\n'), origins, taskTables };
}

/** The header of this table, or the one before it when this table continues it. */
function findHeader(table: BodyTable, previous: TableColumns | null): { header: TableColumns | null; firstRow: number } {
  for (let r = 0; r < Math.min(table.rows.length, 4); r++) {
    const header = readHeader(table.rows[r]!);
    if (header) return { header, firstRow: r + 1 };
  }
  const width = table.rows[0]?.length ?? 0;
  return previous && previous.roles.length === width ? { header: previous, firstRow: 0 } : { header: null, firstRow: 0 };
}

type Emit = (text: string, origin: LineOrigin) => void;

function writeTaskRows(
  table: BodyTable,
  firstRow: number,
  header: TableColumns,
  tableNumber: number,
  sections: { count: number; category: string | null },
  emit: Emit,
): void {
  const column = (role: ColumnRole) => header.roles.indexOf(role);
  const cell = (row: readonly string[], role: ColumnRole) => {
    const i = column(role);
    return i >= 0 ? (row[i] ?? '').trim() : '';
  };
  // A task cell merged over several rows repeats itself: those rows add units to one task,
  // so a task's division is written out once its last row is read.
  const state: { open: { key: string; values: Map<ColumnRole, { texts: string[]; origin: LineOrigin }> } | null } = { open: null };
  const flush = () => {
    if (!state.open) return;
    for (const role of ROLE_ORDER) {
      const value = state.open.values.get(role);
      if (value) emit(`${LABELS[role]}:${value.texts.join(role === 'deadline' ? ' ' : '、')}`, value.origin);
    }
    state.open = null;
  };
  for (let r = firstRow; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const origin = (columnName: string | null): LineOrigin => ({ page: table.page, table: tableNumber, row: r + 1, column: columnName, sheet: table.sheet });
    const filled = distinct(row.map((c) => c.trim()).filter((c) => c.length > 0));
    if (filled.length === 0) continue;
    if (isSectionRow(row, filled, header)) {
      flush();
      emit(sectionHeading(filled[0]!, sections), origin(null));
      continue;
    }
    const category = cell(row, 'category');
    if (category && category !== sections.category) {
      flush();
      sections.category = category;
      emit(sectionHeading(category, sections), origin(header.names[column('category')] ?? null));
    }
    const number = cell(row, 'number');
    const task = cell(row, 'task');
    const key = `${number}\u0000${task}`;
    if (state.open?.key !== key) {
      flush();
      emit(headline(number, task), origin(header.names[column('task')] ?? null));
    }
    const open = (state.open ??= { key, values: new Map() });
    for (const role of ROLE_ORDER) {
      const value = cell(row, role);
      if (!value) continue;
      const text = oneLine(value, role);
      const seen = open.values.get(role);
      if (!seen) open.values.set(role, { texts: [text], origin: origin(header.names[column(role)] ?? null) });
      else if (!seen.texts.includes(text)) seen.texts.push(text);
    }
  }
  flush();
}

const FILLED_DOWN: readonly ColumnRole[] = ['lead', 'responsible', 'leaders', 'deadline'];
const UNIT_ROLES: readonly ColumnRole[] = ['lead', 'responsible', 'support'];

/**
 * CSV and TSV carry no merged cells: Excel saves a merged cell's value in its first row only and
 * a Word table copied out as text does the same, leaving blanks in the rows it covered. A lead,
 * responsible, leader or deadline cell of a plan table is blank almost only where it was
 * merged, so a blank one takes the value above it, as the other formats spread it. Support
 * cells stay blank (a task often has no supports), no value crosses a row that spans the table
 * (a section), and where a table has support and lead columns, a row with no unit at all is a
 * lost division rather than a merge: it borrows no units, and units below it borrow none from
 * above it. In a table with one unit column the two cannot be told apart, nor a task without a
 * deadline from one under a merged deadline: a merge is assumed.
 */
function fillMergedBlanks(rows: readonly string[][], firstRow: number, header: TableColumns): string[][] {
  const columns = (roles: readonly ColumnRole[]) => header.roles.flatMap((role, i) => (role && roles.includes(role) ? [i] : []));
  const filledDown = columns(FILLED_DOWN);
  const units = columns(UNIT_ROLES);
  const divisionColumns = columns(['lead', 'responsible', 'leaders']);
  const lostDivisionsShow = header.roles.includes('support') && units.length > 1;
  const above = new Map<number, string>();
  return rows.map((row, r) => {
    if (r < firstRow) return [...row];
    const filled = distinct(row.map((c) => c.trim()).filter((c) => c.length > 0));
    if (filled.length === 0) return [...row];
    if (readHeader(row) || isSectionRow(row, filled, header)) {
      above.clear();
      return [...row];
    }
    const lost = lostDivisionsShow && units.every((i) => (row[i] ?? '').trim() === '');
    if (lost) for (const i of divisionColumns) above.delete(i);
    return row.map((cell, i) => {
      if (!filledDown.includes(i)) return cell;
      if (cell.trim() !== '') above.set(i, cell);
      else if (!(lost && divisionColumns.includes(i))) return above.get(i) ?? cell;
      return cell;
    });
  });
}

/**
 * A row that spans the table (its merged cell spread over every column), or a lone heading
 * 一、… in its first column, opens a section; a task row without units is still a task.
 */
function isSectionRow(row: readonly string[], filled: readonly string[], header: TableColumns): boolean {
  if (filled.length !== 1) return false;
  const text = filled[0]!;
  if (row.length > 1 && row.every((c) => c.trim() === text)) return true;
  if (readNumberingMarker(text)?.form === 'chinese-comma') return true;
  const at = row.findIndex((c) => c.trim().length > 0);
  return header.roles[at] !== 'task' && header.roles[at] !== 'number';
}

/**
 * The task line: its number as written (1 → `1.`), then the task text. The row bounds the
 * task, so the lines of its cell are joined: a measure list 1.… 2.… inside it stays inside.
 */
function headline(number: string, task: string): string {
  const text = task.length > 0 ? task.replace(/\s*\n\s*/g, '') : '(无任务内容)';
  if (!number) return text;
  if (/^\d{1,3}$/.test(number)) return `${number}.${text}`;
  return readNumberingMarker(number) ? `${number}${text}` : text;
}

/** A row that spans the table is a section heading: 一、… as written, or numbered in order. */
function sectionHeading(text: string, sections: { count: number }): string {
  sections.count += 1;
  const marker = readNumberingMarker(text);
  if (marker?.form === 'chinese-comma') {
    sections.count = marker.value;
    return text;
  }
  const title = marker ? text.slice(marker.length) : text;
  return `${chineseNumeral(sections.count)}、${title.replace(/\n/g, '')}`;
}

/** Units listed one per line in a cell are a list; other cells keep their text on one line. */
function oneLine(value: string, role: ColumnRole): string {
  const parts = value.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  return role === 'deadline' ? parts.join(' ') : parts.join('、').replace(/([,，;；、])、/g, '$1');
}

/** Cells of a row without the repeats that spread merged cells leave. */
function distinct(cells: readonly string[]): string[] {
  return cells.filter((cell, i) => i === 0 || cell !== cells[i - 1]);
}
