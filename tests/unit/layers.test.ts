/**
 * The layers of the house, kept by a test: the model and the parser import no I/O and
 * nothing above them, the readers run in a browser, db/ is the bottom, the browser never
 * reaches the server, the database or Node, the server runs no command line, and product
 * code never depends on test helpers. The checker is tested on a forbidden import.
 */
import { describe, expect, it } from 'vitest';
import { importGraph, importsOf, violations } from '../support/_import-graph';

describe('layering', () => {
  it('holds in the whole product', () => {
    const graph = importGraph();
    expect(graph.length).toBeGreaterThan(300);
    expect(violations(graph)).toEqual([]);
  });

  it.each([
    ['ingest/parse/x.ts', "import { openDriver } from '../../db/connect';", 'ingest/parse/x.ts → db/connect'],
    ['ingest/parse/x.ts', "import { readFile } from 'node:fs/promises';", 'ingest/parse/x.ts → node:fs/promises'],
    ['web/src/x.ts', "import type { Driver } from 'neo4j-driver';", 'web/src/x.ts → neo4j-driver'],
    ['web/src/panels/x.tsx', "const m = await import('../../server/app-server');", 'web/src/panels/x.tsx → web/server/app-server'],
    ['db/x.ts', "export { parsePlanText } from '../ingest/parse/parse-plan';", 'db/x.ts → ingest/parse/parse-plan'],
    ['web/tools/x.ts', "import { openApp } from '../../tests/support/_browser';", 'web/tools/x.ts → tests/support/_browser'],
    ['web/server/x.ts', "import { runCli } from '../../ingest/cli/parse';", 'web/server/x.ts → ingest/cli/parse'],
  ])('finds a forbidden import in %s', (file, source, found) => {
    const broken = violations(importsOf(file, source));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(new RegExp(`^${found.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(`));
  });

  it('lets the browser quote a query file as text, and a layer import itself', () => {
    expect(violations(importsOf('web/src/panels/MethodsPanel.tsx', "import text from '../../../cypher/workload.cypher?raw';"))).toEqual([]);
    expect(violations(importsOf('ingest/parse/x.ts', "import { Task } from '../model';"))).toEqual([]);
  });
});
