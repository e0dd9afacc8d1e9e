/**
 * Tables of a parsed HTML page: their rows and cells, whether a table holds data or only lays
 * the page out, and the rectangle of cell texts with every rowspan/colspan value repeated in
 * each cell it covers (the HTML table model, without the rendering).
 */
import { isTag, type ChildNode, type Element } from 'domhandler';

/** The table's rows, each as its td/th cells; rows of tables nested inside cells are not its own. */
export function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (!isTag(node) || node.name === 'table') continue;
      if (node.name === 'tr') rows.push(node.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th'));
      else visit(node.children);
    }
  };
  visit(table.children);
  return rows;
}

const BLOCK_OR_BREAK = /^(p|div|li|br|h[1-6]|dd|dt|blockquote|section|article)$/;

/**
 * A table is a page layout, to be read as blocks, when it does not divide its content into
 * columns (one cell wide), or when a cell holds another table, a heading, or a page's worth of
 * prose (10+ paragraphs and 500+ characters). Thresholds are far above what a division table's
 * cell holds (a few measures, a list of units) and far below a page's content cell.
 */
export function isLayoutTable(rows: Element[][]): boolean {
  if (Math.max(0, ...rows.map((cells) => cells.length)) <= 1) return true;
  return rows.some((cells) =>
    cells.some((cell) => {
      let blocks = 0;
      let chars = 0;
      let layout = false;
      const visit = (nodes: ChildNode[]): void => {
        for (const node of nodes) {
          if (node.type === 'text') chars += node.data.trim().length;
          if (!isTag(node)) continue;
          if (node.name === 'table' || /^h[1-6]$/.test(node.name)) layout = true;
          if (BLOCK_OR_BREAK.test(node.name)) blocks++;
          visit(node.children);
        }
      };
      visit(cell.children);
      return layout || (blocks >= 10 && chars >= 500);
    }),
  );
}

/** Cell texts on the table's grid, rowspan/colspan spread, every row as wide as the widest. */
export function spreadTable(rows: Element[][], cellText: (cell: Element) => string): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const row = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (row[c] !== undefined) c++;
      const text = cellText(cell);
      // rowspan="0" reaches to the end of the table; spans never add rows that are not there.
      const rowSpan = span(cell.attribs.rowspan, rows.length - r, 65534);
      const colSpan = span(cell.attribs.colspan, 1, 1000);
      for (let i = 0; i < rowSpan && r + i < rows.length; i++) {
        const covered = grid[r + i]!;
        for (let j = 0; j < colSpan; j++) covered[c + j] ??= text;
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function span(value: string | undefined, whenZero: number, max: number): number {
  const n = Number.parseInt(value ?? '1', 10);
  if (Number.isNaN(n) || n < 0) return 1;
  return n === 0 ? Math.max(1, whenZero) : Math.min(n, max);
}
