/**
 * A plan carried inside the page itself (the single-file HTML export): the parsed plan, the
 * view to open and the node positions, in a <script type="application/json"> element.
 */
import { z } from 'zod';
import { ParsedPlan } from '../../../ingest/model';
import { GlyphTable } from '../../shared/glyph-table';

export const EMBEDDED_ID = 'fengong-embedded';

export const EmbeddedPlan = z.object({
  plan: ParsedPlan,
  /** The view as a URL query (see url-state.ts). */
  query: z.string(),
  /** Positions by element id: the arrangement the page was exported with. */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
  /** Outlines of every character its pictures can show, so they export offline as online. */
  glyphs: GlyphTable.optional(),
});
export type EmbeddedPlan = z.infer<typeof EmbeddedPlan>;

export function readEmbeddedPlan(): EmbeddedPlan | null {
  const element = document.getElementById(EMBEDDED_ID);
  if (!element?.textContent) return null;
  return EmbeddedPlan.parse(JSON.parse(element.textContent));
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can close or open anything. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
