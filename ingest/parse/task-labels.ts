/**
 * Task numbers and the names readers use for tasks. Plans number tasks either through the
 * whole plan (1 … 132) or afresh in every section ((一) (二) … under 一、, again under 二、);
 * in the second case a number alone is ambiguous, so the task is known as 二(三). Numbers
 * are inferred from written neighbours within the run they belong to (see number-tasks.ts).
 */
import { numberTasks, type TaskNumbering } from './number-tasks';
import { chineseNumeral, type NumberingMarker } from './numbering-marker';

export interface NumberedBlock {
  section: number | null;
  marker: NumberingMarker | null;
}

export interface TaskLabels extends TaskNumbering {
  labels: Array<string | null>;
  restartsInSections: boolean;
}

export function labelTasks(blocks: readonly NumberedBlock[]): TaskLabels {
  const restarts = restartsInSections(blocks);
  const runs = restarts ? runsBySection(blocks) : [blocks.map((_, i) => i)];
  const numbers: Array<number | null> = blocks.map(() => null);
  const inferred: boolean[] = blocks.map(() => true);
  const contradictions: TaskNumbering['contradictions'] = [];
  let numberedByPosition = false;
  for (const run of runs) {
    const numbering = numberTasks(run.map((i) => blocks[i]!.marker?.value ?? null));
    run.forEach((blockIndex, k) => {
      numbers[blockIndex] = numbering.numbers[k] ?? null;
      inferred[blockIndex] = numbering.inferred[k] ?? true;
    });
    for (const c of numbering.contradictions) contradictions.push({ ...c, fromBlock: run[c.fromBlock]!, toBlock: run[c.toBlock]! });
    numberedByPosition ||= numbering.numberedByPosition;
  }
  const chinese = blocks.some((b) => b.marker?.family === 'chinese');
  const labels = blocks.map((block, i) => {
    const n = numbers[i];
    if (n === null || n === undefined) return null;
    if (!restarts || block.section === null) return String(n);
    return `${chineseNumeral(block.section)}(${chinese ? chineseNumeral(n) : n})`;
  });
  return { numbers, inferred, contradictions, numberedByPosition, labels, restartsInSections: restarts };
}

/** Numbers restart when a section opens with a number no greater than the last one before it. */
function restartsInSections(blocks: readonly NumberedBlock[]): boolean {
  let lastSection: number | null = null;
  let lastNumber: number | null = null;
  for (const block of blocks) {
    const value = block.marker?.value ?? null;
    if (value === null) continue;
    if (lastNumber !== null && block.section !== lastSection && value <= lastNumber) return true;
    lastSection = block.section;
    lastNumber = value;
  }
  return false;
}

function runsBySection(blocks: readonly NumberedBlock[]): number[][] {
  const runs: number[][] = [];
  blocks.forEach((block, i) => {
    const run = runs[runs.length - 1];
    if (run && blocks[run[0]!]!.section === block.section) run.push(i);
    else runs.push([i]);
  });
  return runs;
}
