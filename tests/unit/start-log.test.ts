/**
 * Why a local Neo4j start failed, read from what the launcher printed and what Neo4j wrote to
 * debug.log during that start (excerpts of real logs of failed starts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markLog, readSince, startFailureCause } from '../../db/start-log';

const DAMAGED_STORE = `2026-11-29 17:50:46.100+0000 INFO  [o.n.g.f.m.GlobalModule] VM Arguments: [-Xmx768m, -Xms768m, -XX:+UseG1GC, -XX:+ExitOnOutOfMemoryError]
2026-11-29 17:50:53.241+0000 ERROR [o.n.d.d.DatabaseLifecycles] Failed to start DatabaseId{b967e7e7[neo4j]}
java.lang.RuntimeException: java.lang.IllegalStateException: Failed to read current store version.
\tat org.neo4j.dbms.database.DatabaseLifecycles.startDatabase(DatabaseLifecycles.java:182)
Caused by: java.lang.IllegalStateException: Failed to read current store version.
\t... 11 more
Caused by: java.lang.IllegalStateException: Failed to load data from legacy metadata store
\t... 11 more
2026-11-29 17:50:53.246+0000 INFO  [o.n.u.UserDataCollector] Anonymous Usage Data is being sent to Neo4j
`;

describe('the cause of a failed start', () => {
  it('names the innermost cause of debug.log’s first ERROR beside the launcher’s line', () => {
    expect(startFailureCause('fengong-neo4j failed to start: the database "neo4j" did not become available — see logs/debug.log in the data folder\n', DAMAGED_STORE)).toBe(
      'the database "neo4j" did not become available — see logs/debug.log in the data folder (debug.log: Failed to start DatabaseId{b967e7e7[neo4j]}: Failed to load data from legacy metadata store)',
    );
  });

  it('says the heap ran out, during recovery when debug.log shows one, from the JVM’s words only', () => {
    const recovering = '2026-11-29 16:50:01.000+0000 INFO  [o.n.k.r.Recovery] [neo4j/99363168] Recovery in progress\n';
    expect(startFailureCause('Terminating due to java.lang.OutOfMemoryError: Java heap space\n', recovering)).toBe(
      'Neo4j ran out of heap memory during crash recovery — raise FENGONG_NEO4J_HEAP (for example 4g)',
    );
    // The JVM flag in the log is not an out-of-memory error.
    expect(startFailureCause('', DAMAGED_STORE)).toMatch(/^Failed to start DatabaseId.*legacy metadata store$/);
  });

  it('has nothing to say when neither log says anything', () => {
    expect(startFailureCause('fengong-neo4j ready bolt://127.0.0.1:7687\n', '2026-11-29 INFO  all well\n')).toBeNull();
  });

  it('reads only what was written since the start began, so an old failure is not today’s', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fengong-log-')), 'neo4j.log');
    writeFileSync(file, 'fengong-neo4j failed to start: yesterday’s problem\n');
    const mark = markLog(file);
    appendFileSync(file, 'fengong-neo4j ready bolt://127.0.0.1:7687\n');
    expect(readSince(mark)).toBe('fengong-neo4j ready bolt://127.0.0.1:7687\n');
    expect(startFailureCause(readSince(mark), '')).toBeNull();
  });
});
