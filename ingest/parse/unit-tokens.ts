/**
 * A list of units as written to tokens: `,` and `;` separate groups, `、` separates units
 * inside a group, and so do 和 / 及 / 以及 when they stand between two unit names
 * (省教育厅和省人力资源社会保障厅) rather than inside one (工业和信息化部). Parentheses are
 * part of the name (省参事室(省文史馆), 各县(市、区)人民政府).
 */
export interface UnitToken {
  /** The unit as written, without 等 or role words. */
  text: string;
  start: number;
  end: number;
}

/** Last characters of a unit name: a conjunction after one of these joins two units. */
const UNIT_FINAL = /[厅委局办部署室院会司行社馆处队站团府联所校心组]$/;

const OPEN = '('.charCodeAt(0);
const CLOSE = ')'.charCodeAt(0);
const COMMA = ','.charCodeAt(0);
const SEMICOLON = ';'.charCodeAt(0);
const LIST_COMMA = '、'.charCodeAt(0);
/** First characters of the conjunctions 以及, 和, 及. */
const YI = '以'.charCodeAt(0);
const HE = '和'.charCodeAt(0);
const JI = '及'.charCodeAt(0);

export function groupsOf(text: string, start: number): UnitToken[][] {
  return splitGroups(text, start).map((group) => joinDistributed(group, text, start));
}

/** A bare level word after a collective shares its 各: 各街道、镇 is one collective, not 各街道 and 镇. */
const LEVEL_WORD = /^(?:镇|乡|街道|乡镇|村|社区|区|县|市|县区|区县)$/;

function joinDistributed(group: UnitToken[], text: string, start: number): UnitToken[] {
  const joined: UnitToken[] = [];
  for (const token of group) {
    const previous = joined[joined.length - 1];
    if (previous && previous.text.startsWith('各') && LEVEL_WORD.test(token.text)) {
      joined[joined.length - 1] = { text: text.slice(previous.start - start, token.end - start), start: previous.start, end: token.end };
    } else joined.push(token);
  }
  return joined;
}

function splitGroups(text: string, start: number): UnitToken[][] {
  const groups: UnitToken[][] = [];
  let group: UnitToken[] = [];
  let tokenStart = 0;
  let depth = 0;
  const flushToken = (end: number) => {
    const token = cleanToken(text.slice(tokenStart, end), start + tokenStart);
    if (token) group.push(token);
  };
  // Character codes, not one-character strings: this runs over every division of a plan.
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    const code = atEnd ? -1 : text.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE) depth = Math.max(0, depth - 1);
    const groupBreak = atEnd || (depth === 0 && (code === COMMA || code === SEMICOLON));
    const conjunction = depth === 0 && !atEnd ? joiningConjunction(text, i, tokenStart) : 0;
    if (groupBreak || (depth === 0 && code === LIST_COMMA) || conjunction > 0) {
      flushToken(i);
      tokenStart = i + Math.max(1, conjunction);
      if (conjunction > 1) i += conjunction - 1;
      if (groupBreak && group.length > 0) {
        groups.push(group);
        group = [];
      }
    }
  }
  return groups;
}

/** Length of a conjunction at i that joins two unit names (0 when there is none). */
function joiningConjunction(text: string, i: number, tokenStart: number): number {
  const code = text.charCodeAt(i);
  if (code !== YI && code !== HE && code !== JI) return 0;
  const word = text.startsWith('以及', i) ? '以及' : text[i] === '和' || text[i] === '及' ? text[i]! : null;
  if (!word) return 0;
  const before = text.slice(tokenStart, i);
  const after = text.slice(i + word.length);
  if (before.length < 2 || after.length < 2 || /^[,;、)]/.test(after)) return 0;
  return UNIT_FINAL.test(before) ? word.length : 0;
}

function cleanToken(raw: string, rawStart: number): UnitToken | null {
  let a = 0;
  let b = raw.length;
  while (a < b && /[\s由]/.test(raw[a]!)) a++;
  while (b > a && /[\s。.]/.test(raw[b - 1]!)) b--;
  const trail = /等(?:单位|部门)?$/.exec(raw.slice(a, b));
  if (trail) b -= trail[0].length;
  if (b <= a) return null;
  return { text: raw.slice(a, b), start: rawStart + a, end: rawStart + b };
}
