/**
 * A response body and its compressed forms (brotli, gzip — node:zlib), made when first asked
 * for and kept with the body, so a body that is kept (an app file, a computed answer) is
 * compressed once however often it is sent. The form is chosen by the request's
 * Accept-Encoding: brotli when it is accepted, gzip otherwise, else the body as it is.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this size the headers outweigh what compression saves. */
const MIN_COMPRESSED_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli at quality 5 for everything: on the app's main script it is 3% larger than quality 9
 * and takes a third of the time; 11 saved another 7% but took 7–40 s a file on a busy
 * machine, which the first visitor would wait for. Images and fonts come compressed: never.
 */
const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;

export type Effort = 'compress' | 'never';

export class Compressible {
  private readonly forms = new Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>();
  constructor(
    readonly raw: Buffer,
    private readonly effort: Effort,
  ) {}

  /** The body in `encoding`, or the raw body when compressing would not pay. */
  form(encoding: Encoding): { encoding: Encoding; body: Promise<Buffer> } {
    if (encoding === 'identity' || this.effort === 'never' || this.raw.length < MIN_COMPRESSED_BYTES) return { encoding: 'identity', body: Promise.resolve(this.raw) };
    let body = this.forms.get(encoding);
    if (!body) {
      body = encoding === 'br' ? brotli(this.raw, { params: this.brotliParams() }) : gzipped(this.raw, { level: GZIP_LEVEL });
      this.forms.set(encoding, body);
    }
    return { encoding, body };
  }

  /** Bytes held: the raw body and the compressed forms made so far (estimated at a third of it each). */
  get bytes(): number {
    return this.raw.length + Math.ceil((this.forms.size * this.raw.length) / 3);
  }

  private brotliParams(): Record<number, number> {
    return {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: this.raw.length,
    };
  }
}

/**
 * The encoding to answer with: the first of br, gzip that the header accepts with a
 * non-zero weight (`*` accepts both), identity otherwise.
 */
export function chosenEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(token, q === undefined ? 1 : Number(q));
  }
  const accepted = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return 'identity';
}
