/**
 * A throwaway project for the command bundler's tests: a package.json, `src/greeting.ts`
 * (exporting 'first'), `src/data.txt` beside the sources, and `src/hello.ts` with the given
 * text, which imports the greeting. `write` changes or adds a file in it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BundleProject {
  root: string;
  write(file: string, text: string): void;
}

export function bundleProject(prefix: string, hello: string): BundleProject {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'src'));
  const write = (file: string, text: string) => writeFileSync(join(root, file), text);
  write('package.json', '{"type":"module"}');
  write('src/greeting.ts', "export const greeting = 'first';\n");
  write('src/data.txt', 'beside the source');
  write('src/hello.ts', hello);
  return { root, write };
}
