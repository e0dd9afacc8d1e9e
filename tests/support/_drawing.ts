/**
 * What the canvas draws, read in the browser: label boxes as Cytoscape renders them (its own
 * font metrics), node discs, and the pairs of either that overlap. Helpers for the browser tests.
 */
import type { Page } from 'playwright-core';

export interface Drawing {
  labels: Array<{ id: string; text: string; x1: number; y1: number; x2: number; y2: number }>;
  nodes: Array<{ id: string; x: number; y: number; r: number; classes: string; colour: string }>;
}

export async function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => ({ labels: window.__fengong!.drawnLabels(), nodes: window.__fengong!.nodeDiscs() }));
}

/** Pairs of drawn labels whose boxes intersect, by text. */
export function overlappingLabels(d: Drawing): string[] {
  const out: string[] = [];
  d.labels.forEach((a, i) =>
    d.labels.slice(i + 1).forEach((b) => {
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.text} × ${b.text}`);
    }),
  );
  return out;
}

/** Pairs of nodes drawn over each other (closer than their radii; half a pixel of rounding allowed). */
export function overlappingNodes(d: Drawing): string[] {
  const out: string[] = [];
  d.nodes.forEach((a, i) =>
    d.nodes.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.5) out.push(`${a.id} × ${b.id}`);
    }),
  );
  return out;
}

/** Runs `action` and waits until the canvas has placed its labels again. */
export async function afterRelabel(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => window.__fengong?.labelRevision ?? 0);
  await action();
  await page.waitForFunction((n) => (window.__fengong?.labelRevision ?? 0) > n, before);
}

/** Waits for the first layout and its labels. */
export async function laidOut(page: Page): Promise<void> {
  await page.waitForSelector('.graph-canvas[data-layout]', { timeout: 30_000 });
  await page.waitForFunction(() => (window.__fengong?.labelRevision ?? 0) > 0);
}
