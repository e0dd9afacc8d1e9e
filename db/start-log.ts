/**
 * Reads why a local Neo4j start failed from the logs it wrote during that start: the
 * launcher's own line (`fengong-neo4j failed to start: …`), the JVM's out-of-memory exit,
 * or the first ERROR of Neo4j's debug.log. Only what was written after the start began is
 * read, so an old failure is never reported as today's.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** A log file and where this start began writing to it. */
export interface LogMark {
  file: string;
  offset: number;
}

/** Marks the current end of a log; what follows was written by this start. */
export function markLog(file: string): LogMark {
  return { file, offset: existsSync(file) ? statSync(file).size : 0 };
}

/** What was written to the log since its mark (at most the last `limit` bytes of it). */
export function readSince(mark: LogMark, limit = 1 << 20): string {
  if (!existsSync(mark.file)) return '';
  const size = statSync(mark.file).size;
  const from = Math.max(mark.offset, size - limit);
  if (size <= from) return '';
  const buffer = Buffer.alloc(size - from);
  const fd = openSync(mark.file, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, from);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The sentence that says why the start failed, from the launcher's output and debug.log; null when neither says. */
export function startFailureCause(launcherOutput: string, debugLog: string): string | null {
  // The JVM's own words (debug.log also lists the flag -XX:+ExitOnOutOfMemoryError, which says nothing).
  if (/java\.lang\.OutOfMemoryError/.test(launcherOutput) || /java\.lang\.OutOfMemoryError/.test(debugLog)) {
    return `Neo4j ran out of heap memory${isRecovering(debugLog) ? ' during crash recovery' : ''} — raise FENGONG_NEO4J_HEAP (for example 4g)`;
  }
  const launcher = /fengong-neo4j failed to start: (.*)/.exec(launcherOutput)?.[1]?.trim();
  const error = firstError(debugLog);
  if (launcher && error) return `${launcher} (debug.log: ${error})`;
  return launcher ?? error;
}

/** The first ERROR of debug.log with the innermost cause of its stack trace: `Failed to start …: <why>`. */
function firstError(debugLog: string): string | null {
  const lines = debugLog.split('\n');
  const at = lines.findIndex((line) => / ERROR /.test(line));
  if (at < 0) return null;
  const message = lines[at]!.replace(/^\S+ \S+ ERROR\s+(\[[^\]]*\]\s*)?/, '').trim();
  const trace: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^\d{4}-\d\d-\d\d /.test(line)) break;
    trace.push(line);
  }
  const root = trace.filter((line) => line.startsWith('Caused by: ')).pop() ?? trace.find((line) => /^[\w.$]+(Exception|Error)\b/.test(line));
  const why = root?.replace(/^Caused by: /, '').replace(/^[\w.$]+(Exception|Error): /, '').trim();
  return why ? `${message}: ${why}` : message;
}

/** Whether debug.log shows a recovery of the store after an unclean stop. */
export function isRecovering(debugLog: string): boolean {
  return /Recovery (?:required|in progress)|recovery.*start/i.test(debugLog);
}
