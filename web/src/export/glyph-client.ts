/**
 * Glyph outlines for the app's pictures: from the page itself when it carries them (an
 * offline page), otherwise from the server's `/api/glyphs`, each character asked for once per
 * session, so a second export asks for nothing it has already.
 */
import { GlyphTable } from '../../shared/glyph-table';
import type { GlyphSource } from './picture-export';

export function glyphClient(embedded: GlyphTable | null): GlyphSource {
  const known = new Map<string, GlyphTable['glyphs'][string]>(Object.entries(embedded?.glyphs ?? {}));
  let unitsPerEm = embedded?.unitsPerEm ?? null;
  return async (chars) => {
    const missing = [...new Set(chars)].filter((c) => !known.has(c)).join('');
    if (missing && !embedded) {
      const table = await fetch(`/api/glyphs?text=${encodeURIComponent(missing)}`)
        .then(async (r) => (r.ok ? GlyphTable.parse(await r.json()) : null))
        .catch(() => null);
      if (!table) return null;
      unitsPerEm = table.unitsPerEm;
      for (const [char, glyph] of Object.entries(table.glyphs)) known.set(char, glyph);
    }
    if (unitsPerEm === null) return null;
    return { unitsPerEm, glyphs: Object.fromEntries([...new Set(chars)].flatMap((c) => (known.has(c) ? [[c, known.get(c)!]] : []))) };
  };
}
