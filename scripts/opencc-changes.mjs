/**
 * `node scripts/opencc-changes.mjs` writes ingest/read/opencc-changes.json: the characters
 * OpenCC's Taiwan → mainland conversion (tw2s, what ingest/read/to-simplified.ts uses) can
 * replace, read from the dictionaries of the installed opencc-js. With them a text in
 * simplified characters is recognised without loading OpenCC. Run it again after upgrading
 * opencc-js; `--check` exits with status 1 when the file differs from what it would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configs } from 'opencc-js/preset/t2cn';

const OUTPUT = fileURLToPath(new URL('../ingest/read/opencc-changes.json', import.meta.url));
const OPENCC_PACKAGE = fileURLToPath(new URL('../node_modules/opencc-js/package.json', import.meta.url));

/** A dictionary as opencc-js ships it ("key value|key value…" or pairs) → [key, value] pairs. */
function entriesOf(dictionary) {
  return typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')) : dictionary;
}

/** The code points of `key` (with their offsets in code units) whose code units `value` does not repeat at the same offset. */
function changedPoints(key, value) {
  const points = [];
  for (let offset = 0; offset < key.length; ) {
    const point = key.codePointAt(offset);
    const width = point > 0xffff ? 2 : 1;
    if (key.slice(offset, offset + width) !== value.slice(offset, offset + width)) points.push(point);
    offset += width;
  }
  return points;
}

/**
 * The conversion runs its stages one after the other, each replacing dictionary keys by
 * their values. Every entry of every stage whose value differs from its key counts, whichever
 * dictionary of a group would win: a larger set only makes the check more careful.
 *
 * - `changing`: each code point of a key at a place where the value differs, for entries
 *   that keep the length in code units. Changed places stay aligned, so every code unit the
 *   conversion changes lies in one of these characters of the original text.
 * - `resizing`: one character of each key whose value has another length, which such a key
 *   cannot match without; and, stage by stage backwards, one of each earlier key whose value
 *   brings such a character in. A text with none of them is converted length for length.
 */
export function openccChanges(stages) {
  const changing = new Set();
  const resizing = new Set();
  for (let stage = stages.length - 1; stage >= 0; stage--) {
    // A stage reads what the one before it wrote, never its own output.
    const later = new Set(resizing);
    for (const dictionary of stages[stage]) {
      for (const [key, value] of entriesOf(dictionary)) {
        if (key === value) continue;
        const points = changedPoints(key, value);
        const bringsResizing = [...value].some((ch) => later.has(ch.codePointAt(0)));
        if (key.length !== value.length || bringsResizing) resizing.add(points[0] ?? key.codePointAt(0));
        else for (const point of points) changing.add(point);
      }
    }
  }
  const text = (set) => String.fromCodePoint(...[...set].sort((a, b) => a - b));
  // to-simplified.ts puts them in a regular expression's class as they are.
  for (const point of [...changing, ...resizing]) {
    if (!/\p{Script=Han}/u.test(String.fromCodePoint(point))) throw new Error(`U+${point.toString(16)} is not a Han character`);
  }
  return { changing: text(changing), resizing: text(resizing) };
}

function currentFile() {
  const config = configs.tw2s;
  const { version } = JSON.parse(readFileSync(OPENCC_PACKAGE, 'utf8'));
  const { changing, resizing } = openccChanges([...(config.normalizationChain ?? []), ...config.conversionChain]);
  const file = {
    about: 'Characters that OpenCC tw2s may replace (changing) and characters that may start a replacement of another length (resizing).',
    generatedBy: 'node scripts/opencc-changes.mjs',
    opencc: `opencc-js ${version}, tw2s`,
    changing,
    resizing,
  };
  return JSON.stringify(file, null, 1) + '\n';
}

const contents = currentFile();
if (process.argv.includes('--check')) {
  let stored = '';
  try {
    stored = readFileSync(OUTPUT, 'utf8');
  } catch {
    // Missing counts as different.
  }
  if (stored !== contents) {
    process.stderr.write('ingest/read/opencc-changes.json is not what the installed opencc-js gives: run node scripts/opencc-changes.mjs\n');
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, contents);
}
