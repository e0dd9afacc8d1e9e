/**
 * Reads the .cypher files of this folder: the header comment (the question a query answers
 * and what its numbers mean) and the statements, split at a `;` that ends a line. The files
 * are the single source of the product's Cypher; code never builds Cypher from strings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CypherFile {
  name: string;
  /** The leading `//` comment block, without the slashes. */
  header: string;
  statements: string[];
}

/** The parameters a statement names ($document, $tasks …), so each gets only what it uses. */
export function parametersOf(statement: string): string[] {
  return [...new Set([...statement.matchAll(/\$(\w+)/g)].map((m) => m[1]!))];
}

export function pickParameters(statement: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(parametersOf(statement).map((name) => [name, params[name]]));
}

const cache = new Map<string, CypherFile>();

export function readCypherFile(name: string): CypherFile {
  const cached = cache.get(name);
  if (cached) return cached;
  const text = readFileSync(fileURLToPath(new URL(`./${name}.cypher`, import.meta.url)), 'utf8');
  const file = parseCypherFile(name, text);
  cache.set(name, file);
  return file;
}

export function parseCypherFile(name: string, text: string): CypherFile {
  const lines = text.split('\n');
  const headerLines: string[] = [];
  for (const line of lines) {
    if (!line.startsWith('//')) break;
    headerLines.push(line.replace(/^\/\/ ?/, ''));
  }
  const body = lines.slice(headerLines.length).join('\n');
  const statements = body
    .split(/;[ \t]*(?:\n|$)/)
    .map((s) => s.replace(/^(\s*\/\/[^\n]*\n)+/, '').trim())
    .filter((s) => s.length > 0 && !s.split('\n').every((l) => l.trim().startsWith('//') || l.trim() === ''));
  return { name, header: headerLines.join('\n').trim(), statements };
}
