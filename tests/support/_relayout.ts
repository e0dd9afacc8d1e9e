/**
 * The seed re-laid out in the other layouts of the genre, the way other publishers print
 * the same plan: full-width punctuation with CRLF and a BOM; separate 牵头单位/配合单位
 * lines; the division as a trailing parenthesis of the task text; a 责任单位 list.
 */
const DIVISION = /^(\s*)部门分工:(.*?)牵头,(.*?)配合。$/;

export function fullWidthCrlfBom(text: string): string {
  const wide = text.replace(/[,:();]/g, (ch) => ({ ',': '，', ':': '：', '(': '（', ')': '）', ';': '；' })[ch]!);
  return '\ufeff' + wide.split('\n').join('\r\n');
}

export function separateLeadSupportLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = DIVISION.exec(line);
      return m ? `${m[1]}牵头单位:${m[2]}\n${m[1]}配合单位:${m[3]!.replace(/等$/, '')}` : line;
    })
    .join('\n');
}

/** Moves each division into a parenthesis at the end of the paragraph before it. */
export function trailingParenthesis(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const m = DIVISION.exec(line);
    let target = out.length - 1;
    while (target >= 0 && out[target]!.trim() === '') target--;
    const previous = target >= 0 ? out[target]! : '';
    if (m && /^\s*(工作措施:|\d+\.)/.test(previous)) {
      out[target] = `${previous}(${m[2]}牵头,${m[3]}按职责分工负责)`;
      out.push('');
    } else out.push(line);
  }
  return out.join('\n');
}

/** 责任单位: first unit leads — only for divisions with one lead; others stay as they are. */
export function responsibleUnitList(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = DIVISION.exec(line);
      if (!m || /[、,]/.test(m[2]!)) return line;
      return `${m[1]}责任单位:${m[2]},${m[3]!.replace(/等$/, '')}`;
    })
    .join('\n');
}

/** Headlines numbered `(34)` instead of `34.` and measures labelled 具体措施, as other publishers print them. */
export function parenthesisedHeadlines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)(\d{1,3})\.(?!\d)/, '$1($2)').replace(/^(\s*)工作措施:/, '$1具体措施:'))
    .join('\n');
}
