/**
 * A document's id, derived from its file name: the name without folder and extension, made
 * into the slug that PlanDocument accepts. Letters and digits of any script stay (a Chinese
 * file name keeps its characters); every run of anything else — spaces, slashes, dots,
 * punctuation — becomes one hyphen, so no file name can yield an id that reads as a path.
 */
import { DOCUMENT_ID_MAX_LENGTH, isDocumentIdCharacter } from '../model/plan-document';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ASCII_ID_CHARACTER = /^[a-z0-9]$/;

/** The id of a file whose name keeps nothing (`!!!.txt`). */
const FALLBACK_ID = 'plan';

/** The id of the document read from `file`. */
export function documentIdOf(file: string): string {
  // The extension goes; a name that is only a dot and a word (`.plan`) keeps its word.
  return slugOf(baseNameOf(file).replace(/(?<=.)\.[^.]*$/, ''));
}

/**
 * The slug of any text, in one pass over its characters: compatibility forms folded
 * (full-width `Ｐｌａｎ２` → `plan2`), lower case, every run of other characters one hyphen,
 * none at either end, at most DOCUMENT_ID_MAX_LENGTH UTF-16 units.
 */
export function slugOf(text: string): string {
  let slug = '';
  let separated = false;
  // ASCII is its own NFKC form, and its id characters are a-z and 0-9: a name in ASCII needs
  // neither the normaliser nor the Unicode classes, whose first use costs milliseconds.
  const ascii = ASCII_ONLY.test(text);
  for (const char of (ascii ? text : text.normalize('NFKC')).toLowerCase()) {
    if (!(ascii ? ASCII_ID_CHARACTER.test(char) : isDocumentIdCharacter(char))) {
      separated = slug.length > 0;
      continue;
    }
    const next = separated ? `-${char}` : char;
    if (slug.length + next.length > DOCUMENT_ID_MAX_LENGTH) break;
    slug += next;
    separated = false;
  }
  return slug === '' ? FALLBACK_ID : slug;
}

/** The file name without its folder, for either kind of path separator. */
export function baseNameOf(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
