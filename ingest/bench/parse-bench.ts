/**
 * `npm run bench:parse`: parse time of the seed after warm-up, throughput in MB/s, and the
 * ratio to a baseline measured in the same process (decoding the bytes and splitting them
 * into paragraphs: the least any parser must do). Target: the seed in under 5 ms.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parsePlanBytes } from '../read/read-plan-file';
import { decodePlanText } from '../parse/decode-text';
import { splitParagraphs } from '../parse/split-paragraphs';
import { defaultParseContext } from '../parse/parse-plan';

const file = process.argv[2] ?? fileURLToPath(new URL('../../seeds/guangdong-2022-task-division.txt', import.meta.url));
const bytes = readFileSync(file);
const WARMUP = 50;
const RUNS = 200;

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): { median: number; p90: number } {
  for (let i = 0; i < WARMUP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: median(samples), p90: samples[Math.floor(samples.length * 0.9)]! };
}

const context = defaultParseContext();
const baseline = time(() => splitParagraphs(decodePlanText(bytes, file)));
const parse = time(() => parsePlanBytes(bytes, file, context));
const mb = bytes.length / 1e6;
const plan = parsePlanBytes(bytes, file, context);

console.log(`file       ${file} (${bytes.length} bytes, ${plan.tasks.length} tasks, ${plan.assignments.length} assignments, ${plan.mentions.length} project mentions)`);
console.log(`runs       ${RUNS} after ${WARMUP} warm-up runs`);
console.log(`baseline   decode + split paragraphs: median ${baseline.median.toFixed(3)} ms, p90 ${baseline.p90.toFixed(3)} ms`);
console.log(`parse      full parse:                median ${parse.median.toFixed(3)} ms, p90 ${parse.p90.toFixed(3)} ms, ${(mb / (parse.median / 1000)).toFixed(1)} MB/s`);
console.log(`ratio      parse / baseline = ${(parse.median / baseline.median).toFixed(1)}x`);
console.log(`target     seed under 5 ms: ${parse.median < 5 ? 'met' : 'NOT met'} (${parse.median.toFixed(2)} ms)`);
