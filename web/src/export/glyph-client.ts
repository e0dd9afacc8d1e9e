/**
 * Glyph outlines for the app's pictures: from the page itself when it carries them (an
 * offline page), otherwise from the server's `/api/glyphs`, each character asked for once per
 * session, so a second export asks for nothing it has already. The server answers at most
 * GLYPH_REQUEST_MAX_CHARACTERS distinct characters a request (413 beyond), so a picture
 * with more — a large plan's labels in full — is asked for in parts.
 */
import { GLYPH_REQUEST_MAX_CHARACTERS, GlyphTable } from '../../shared/glyph-table';
import type { GlyphSource } from './picture-export';

/** GET a path of the app's server; the page's own fetch unless a caller (a test, a tool) serves it from elsewhere. */
export type GetPath = (path: string) => Promise<Response>;

export function glyphClient(embedded: GlyphTable | null, get: GetPath = (path) => fetch(path)): GlyphSource {
  const known = new Map<string, GlyphTable['glyphs'][string]>(Object.entries(embedded?.glyphs ?? {}));
  let unitsPerEm = embedded?.unitsPerEm ?? null;
  return async (chars) => {
    const missing = [...new Set(chars)].filter((c) => !known.has(c));
    if (missing.length > 0 && !embedded) {
      // One part after another: a part is a few hundred milliseconds of the server's time.
      for (let start = 0; start < missing.length; start += GLYPH_REQUEST_MAX_CHARACTERS) {
        const part = missing.slice(start, start + GLYPH_REQUEST_MAX_CHARACTERS).join('');
        const table = await get(`/api/glyphs?text=${encodeURIComponent(part)}`)
          .then(async (r) => (r.ok ? GlyphTable.parse(await r.json()) : null))
          .catch(() => null);
        if (!table) return null;
        unitsPerEm = table.unitsPerEm;
        for (const [char, glyph] of Object.entries(table.glyphs)) known.set(char, glyph);
      }
    }
    if (unitsPerEm === null) return null;
    return { unitsPerEm, glyphs: Object.fromEntries([...new Set(chars)].flatMap((c) => (known.has(c) ? [[c, known.get(c)!]] : []))) };
  };
}
