/**
 * One offline HTML page from the one-chunk build of the app (dist/standalone): its script and
 * stylesheet inlined, the plan, the view and the arrangement embedded. Pure over the build's
 * text, so the command line (reading files) and the app (fetching them) make the same page.
 */
import { EMBEDDED_ID, scriptSafeJson, type EmbeddedPlan } from '../data/embedded-plan';

const SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const STYLE = /<link rel="stylesheet" crossorigin href="([^"]+)">/;

/** The asset paths the build's index.html names: [script, stylesheet]. */
export function standaloneAssets(indexHtml: string): [string, string] {
  const script = SCRIPT.exec(indexHtml)?.[1];
  const style = STYLE.exec(indexHtml)?.[1];
  if (!script || !style) throw new Error('the standalone build has an unexpected shape (dist/standalone/index.html)');
  return [script, style];
}

export function standalonePage(indexHtml: string, script: string, style: string, embedded: EmbeddedPlan): string {
  const title = (embedded.plan.document.title ?? embedded.plan.document.id).replace(/[<&]/g, '');
  return indexHtml
    .replace(STYLE, () => `<style>${style}</style>`)
    .replace(SCRIPT, () => `<script type="application/json" id="${EMBEDDED_ID}">${scriptSafeJson(embedded)}</script>\n<script type="module">${script.replace(/<\/script/gi, '<\\/script')}</script>`)
    .replace('<title>分工 Fengong</title>', () => `<title>${title} · 分工 Fengong</title>`);
}
