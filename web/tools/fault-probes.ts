/**
 * Probes of `npm run bench:faults` that need no killing: crafted parsed plans the loader must
 * refuse, requests the HTTP layer must refuse, and bursts it must answer — all on loopback,
 * bounded in number and time. Each returns figures to print.
 */
import { request, Agent } from 'node:http';
import { createHash } from 'node:crypto';
import { ParsedPlan } from '../../ingest/model';
import { issueSentence } from '../../common/first-issue';

/** Crafted variants of a valid plan, and whether the schema refused each. */
export function hostilePlans(plan: ParsedPlan): Array<{ probe: string; refused: boolean; message: string }> {
  const variants: Array<[string, (p: Record<string, any>) => void]> = [
    ['document id reaching into another document', (p) => (p.document.id = `${plan.document.id}/unit/${plan.units[0]!.name}`)],
    ['document id with a space and upper case', (p) => (p.document.id = 'My Plan')],
    ['assignment to a unit not listed', (p) => (p.assignments[0].unit = '不存在的单位')],
    ['assignment to a task not present', (p) => (p.assignments[0].task = 1_000_000)],
    ['mention of a project not listed', (p) => p.mentions.length > 0 && (p.mentions[0].project = '不存在的工程')],
    ['finding about a task not present', (p) => (p.findings[0] = { ...p.findings[0], task: 999_999 })],
    ['two units of one name', (p) => p.units.push({ ...p.units[0] })],
    ['a task number as text', (p) => (p.tasks[0].number = '1')],
  ];
  return variants.map(([probe, mutate]) => {
    const copy = structuredClone(plan) as Record<string, any>;
    mutate(copy);
    const result = ParsedPlan.safeParse(copy);
    return { probe, refused: !result.success, message: result.success ? 'accepted' : issueSentence(result.error) };
  });
}

export interface Answer {
  status: number;
  body: string;
  milliseconds: number;
}

export function get(port: number, path: string, host = `127.0.0.1:${port}`, agent?: Agent): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), milliseconds: performance.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests the server must refuse, with the status each got. */
export async function refusedRequests(port: number, document: string): Promise<Array<{ probe: string; status: number }>> {
  const probes: Array<[string, string, string | undefined]> = [
    ['Host: evil.example:5180', `/api/plan/${document}`, 'evil.example:5180'],
    ['GET /%', '/%', undefined],
    ['GET /api/plan/%', '/api/plan/%', undefined],
    ['GET /api/glyphs with 1,700 distinct characters', `/api/glyphs?text=${encodeURIComponent(cjk(0x6000, 1700))}`, undefined],
    ['GET /../../etc/passwd', '/../../etc/passwd', undefined],
  ];
  const out = [];
  for (const [probe, path, host] of probes) {
    const answer = await get(port, path, host);
    // A path outside the app gets the app's page (the app routes on the client), never the file.
    const note = answer.status === 200 ? (answer.body.includes('root:') ? ' — SERVED THE FILE' : ' — the app page, not the file') : '';
    out.push({ probe: `${probe}${note}`, status: answer.status });
  }
  return out;
}

/** Distinct CJK characters from a code point on. */
export const cjk = (start: number, count: number) => Array.from({ length: count }, (_, i) => String.fromCodePoint(start + i)).join('');

export interface BurstFigures {
  requests: number;
  statuses: Record<number, number>;
  distinctBodies: number;
  p50: number;
  p95: number;
  max: number;
}

/** `connections` clients asking for `path` again and again for `seconds`; latency figures and whether all answers were the same. */
export async function burst(port: number, path: string, connections: number, seconds: number): Promise<BurstFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const until = performance.now() + seconds * 1000;
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const bodies = new Set<string>();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const answer = await get(port, path, undefined, agent);
        times.push(answer.milliseconds);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        bodies.add(createHash('sha256').update(answer.body).digest('hex'));
      }
    }),
  );
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { requests: times.length, statuses, distinctBodies: bodies.size, p50: at(0.5), p95: at(0.95), max: times.at(-1) ?? 0 };
}
