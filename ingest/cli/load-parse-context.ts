/**
 * Extension files for the dictionaries and the project lexicon, read and validated; a bad
 * file is reported with its name and the first problem zod finds in it. Without any, the
 * shipped context the parser already built is used as it is.
 */
import { z } from 'zod';
import { buildUnitDictionary, DictionaryFile } from '../parse/unit-dictionary';
import { buildProjectLexicon, LexiconFile } from '../parse/project-lexicon';
import { defaultParseContext, type ParseContext } from '../parse/parse-plan';
import { CliError } from '../../cli/run-cli';
import { issueSentence } from '../../common/first-issue';

export async function loadParseContext(
  dictionaryFiles: readonly string[],
  lexiconFiles: readonly string[],
  read: (file: string, encoding: 'utf8') => Promise<string>,
): Promise<ParseContext> {
  if (dictionaryFiles.length === 0 && lexiconFiles.length === 0) return defaultParseContext();
  const dictionaries = await Promise.all(dictionaryFiles.map((f) => readJson(f, DictionaryFile, read)));
  const lexicons = await Promise.all(lexiconFiles.map((f) => readJson(f, LexiconFile, read)));
  return { dictionary: buildUnitDictionary(dictionaries), lexicon: buildProjectLexicon(lexicons) };
}

async function readJson<T extends z.ZodType>(file: string, schema: T, read: (file: string, encoding: 'utf8') => Promise<string>): Promise<z.infer<T>> {
  let data: unknown;
  try {
    data = JSON.parse(await read(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new CliError(`${file}: ${issueSentence(result.error)}`);
  }
  return result.data;
}
