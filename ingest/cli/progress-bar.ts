/**
 * A progress bar for long ingests on a terminal: `[██████░░░░]  120/300  40%  1.2 s left  file`.
 * The line is redrawn in place on standard error, so standard output keeps only results;
 * when standard error is not a terminal nothing is drawn (logs get the per-file lines).
 */
import { displayWidth, padEnd, truncate } from './text-columns';

export interface Progress {
  done: number;
  total: number;
  elapsedMs: number;
  /** What is being worked on: the file being read. */
  label: string;
}

/** The bar as one line of at most `columns` columns. Pure. */
export function progressLine(p: Progress, columns = 80): string {
  const share = p.total === 0 ? 1 : p.done / p.total;
  const barWidth = 24;
  const filled = Math.round(share * barWidth);
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`;
  const count = `${String(p.done).padStart(String(p.total).length)}/${p.total}`;
  const left = p.done > 0 && p.done < p.total ? `  ${formatSeconds((p.elapsedMs / p.done) * (p.total - p.done))} left` : '';
  const head = `${bar}  ${count}  ${String(Math.floor(share * 100)).padStart(3)}%${left}  `;
  // The bar is drawn with single-column block characters; only the label can be wide.
  return head + truncate(p.label, Math.max(8, columns - head.length - 1));
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

export interface ProgressBar {
  update(p: Progress): void;
  /** Clears the line, so whatever is printed next starts on a clean line. */
  clear(): void;
}

/** A bar on a terminal stream, or one that draws nothing where the stream is not a terminal. */
export function progressBar(stream: NodeJS.WriteStream): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let width = 0;
  return {
    update(p) {
      // A pseudo-terminal of unknown size reports 0 columns.
      const line = progressLine(p, stream.columns || 80);
      stream.write(`\r${padEnd(line, width)}`);
      width = Math.max(width, displayWidth(line));
    },
    clear() {
      if (width > 0) stream.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
