/**
 * Answers the server has computed, kept by a key that names the query, its parameters and
 * the load of every document it reads (document-versions.ts): an ingest that replaces a
 * document changes the key, so what was kept for the old load is never served again and is
 * dropped when the new one is kept. Requests for one key that arrive while it is computed
 * share that computation (a class opening one link). Bounded in bytes; the least recently
 * used answer goes first.
 */
import type { Compressible } from './compression';
import type { DocumentVersions } from './document-versions';

export interface Computed {
  body: Compressible;
  /** False when the document changed while the answer was computed: it is sent, not kept. */
  keep: boolean;
}

interface Kept {
  body: Compressible;
  versions: DocumentVersions;
}

export interface AnswerCacheOptions {
  /** Off: every request computes its own answer, and nothing is kept (the benchmark's baseline). */
  enabled: boolean;
  /** Bytes of bodies and compressed forms kept at most. */
  maxBytes: number;
}

export class AnswerCache {
  private readonly kept = new Map<string, Kept>();
  private readonly running = new Map<string, Promise<Computed>>();

  constructor(private readonly options: AnswerCacheOptions) {}

  async answer(key: string, versions: DocumentVersions, compute: () => Promise<Computed>): Promise<Compressible> {
    if (!this.options.enabled) return (await compute()).body;
    const hit = this.kept.get(key);
    if (hit) {
      // Map order is insertion order: moving the key to the end makes the first key the least recently used.
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit.body;
    }
    let run = this.running.get(key);
    if (!run) {
      run = compute().finally(() => this.running.delete(key));
      this.running.set(key, run);
      void run.then(
        (computed) => computed.keep && this.keep(key, versions, computed.body),
        () => undefined,
      );
    }
    return (await run).body;
  }

  /** Answers kept now, for the benchmark's and tests' figures. */
  get size(): number {
    return this.kept.size;
  }

  private keep(key: string, versions: DocumentVersions, body: Compressible): void {
    for (const [other, entry] of this.kept) {
      // An answer about an older load of one of these documents can never be asked for again.
      if ([...entry.versions].some(([document, hash]) => versions.has(document) && versions.get(document) !== hash)) this.kept.delete(other);
    }
    this.kept.set(key, { body, versions });
    let bytes = [...this.kept.values()].reduce((sum, entry) => sum + entry.body.bytes, 0);
    for (const [oldest, entry] of this.kept) {
      if (bytes <= this.options.maxBytes || oldest === key) break;
      this.kept.delete(oldest);
      bytes -= entry.body.bytes;
    }
  }
}
