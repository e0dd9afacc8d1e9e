/**
 * A parsed HTML tree (a web page, or the HTML mammoth makes of a Word file) to paragraphs and
 * tables in document order. Page chrome (navigation, menus, headers, footers, scripts) is left
 * out, block elements end paragraphs, `<br>` ends a line, and layout tables are read as blocks.
 */
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { BodyBlock } from './plan-body';
import { isLayoutTable, spreadTable, tableRows } from './html-table';

export interface HtmlBlockOptions {
  /** Tell layout tables from data tables (web pages); Word tables are always data. */
  readonly findLayoutTables: boolean;
}

const SKIPPED = /^(head|script|style|noscript|template|iframe|object|embed|svg|canvas|select|option|button|input|textarea|map|audio|video|nav|aside|menu)$/;
const BLOCK = /^(p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|main|center|form|fieldset|address|figure|figcaption|hr|tr|td|th|thead|tbody|tfoot|caption)$/;
// Class/id words that mark site chrome; matched at the start or end of a word so that e.g.
// "unavailable" is not navigation but "topnav", "navbar" and "mainMenu" are.
const CHROME_WORD = /^(nav|menu|breadcrumbs?|crumbs?)|(nav|menu|breadcrumbs?|crumbs?)$/;
const FRAME_WORD = /^(header|footer)|(header|footer)$/;
const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';
// A line break in the source between two CJK characters is no space (CSS Text 3, segment breaks).
const CJK_SEGMENT_BREAK = new RegExp(`(${CJK})[ \\t]*[\\r\\n]\\s*(?=${CJK})`, 'g');

/** Paragraphs and tables of the given nodes, in document order. */
export function domToBlocks(nodes: ChildNode[], options: HtmlBlockOptions): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = (): void => {
    lines.push(line);
    line = '';
  };
  const endParagraph = (): void => {
    endLine();
    const text = lines.map(trimLine).filter((l) => l !== '').join('\n');
    if (text !== '') blocks.push({ kind: 'paragraph', text, page: null });
    lines = [];
  };
  const visit = (node: ChildNode, inArticle: boolean, inPre: boolean): void => {
    if (isText(node)) {
      line += inPre ? node.data : collapse(node.data, line);
      if (inPre && line.includes('\n')) {
        const parts = line.split(/\r?\n/);
        line = parts.pop()!;
        lines.push(...parts);
      }
      return;
    }
    if (!isTag(node) || isChrome(node, inArticle)) return;
    if (node.name === 'br') return endLine();
    if (node.name === 'table') {
      endParagraph();
      return readTable(node, inArticle);
    }
    const block = BLOCK.test(node.name) || node.name === 'pre';
    if (block) endParagraph();
    const article = inArticle || node.name === 'article' || node.name === 'main';
    for (const child of node.children) visit(child, article, inPre || node.name === 'pre');
    if (block) endParagraph();
  };
  const readTable = (table: Element, inArticle: boolean): void => {
    const rows = tableRows(table);
    if (options.findLayoutTables && isLayoutTable(rows)) {
      for (const cell of rows.flat()) {
        if (isChrome(cell, inArticle)) continue; // a layout cell can be the menu column
        for (const child of cell.children) visit(child, inArticle, false);
        endParagraph();
      }
      return;
    }
    const caption = table.children.find((c): c is Element => isTag(c) && c.name === 'caption');
    if (caption) blocks.push(...domToBlocks(caption.children, options));
    const grid = spreadTable(rows, (cell) => cellText(cell, options));
    if (grid.some((row) => row.some((text) => text !== ''))) blocks.push({ kind: 'table', rows: grid, page: null, sheet: null });
  };
  for (const node of nodes) visit(node, false, false);
  endParagraph();
  return blocks;
}

/** A cell's paragraphs and lines joined by \n; a table inside it (Word only) as one line per row. */
function cellText(cell: Element, options: HtmlBlockOptions): string {
  return domToBlocks(cell.children, options)
    .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.filter((t) => t !== '').join(' ')).join('\n')))
    .join('\n');
}

function isChrome(element: Element, inArticle: boolean): boolean {
  const { name, attribs } = element;
  if (SKIPPED.test(name)) return true;
  if ('hidden' in attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  const words = `${attribs.class ?? ''} ${attribs.id ?? ''}`.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.some((w) => CHROME_WORD.test(w))) return true;
  // A header or footer inside an article is the article's own (its title, its date), not the site's.
  if (inArticle) return false;
  return name === 'header' || name === 'footer' || words.some((w) => FRAME_WORD.test(w));
}

/** HTML whitespace collapsing, with the line's last character deciding about a leading space. */
function collapse(data: string, before: string): string {
  const text = data.replace(CJK_SEGMENT_BREAK, '$1').replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ');
  return before.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
}

/** Full-width spaces are indentation at a line's ends; runs of spaces inside it are one space. */
function trimLine(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '').replace(/ {2,}/g, ' ');
}
