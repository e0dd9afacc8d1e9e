/**
 * Which labels the canvas draws, and where: in screen pixels, most important first, each
 * label goes to the first spot around its node that covers no label already placed (and
 * preferably no node). A label that fits nowhere is not drawn — it shows when its node is
 * hovered, selected or zoomed into — so no two drawn labels ever overlap.
 */
export interface LabelRequest {
  id: string;
  /** Node centre and radius on screen. */
  x: number;
  y: number;
  r: number;
  /** Label size on screen. */
  w: number;
  h: number;
  /**
   * 0 for labels that must show (the selected node, its neighbours, the heaviest units):
   * they are placed first and may stand further from their node; then by weight.
   */
  tier: number;
  weight: number;
}

export interface PlacedLabel {
  id: string;
  /** Offset of the label's centre from the node's centre, in screen pixels. */
  dx: number;
  dy: number;
  /** Whether the label lies over another node: its node is then drawn above the others, label and all. */
  overNodes: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Room around a label's text, so that the box matches the one Cytoscape draws (its white
 * outline and inner padding: measured 4–5 px wider and about 1.5 lines high) plus a hair.
 */
export const LABEL_PAD_X = 6;
export const LABEL_PAD_Y = 3;

/** Where a label may go, nearest first: below, above, right, left, then the corners. */
function spots(q: LabelRequest, distance: number): Array<[number, number]> {
  const below = q.r + q.h / 2 + 2 + distance;
  const side = q.r + q.w / 2 + 4 + distance;
  const corner = q.r * 0.75 + distance;
  return [
    [0, below],
    [0, -below],
    [side, 0],
    [-side, 0],
    [corner + q.w / 2, corner + q.h / 2],
    [-corner - q.w / 2, corner + q.h / 2],
    [corner + q.w / 2, -corner - q.h / 2],
    [-corner - q.w / 2, -corner - q.h / 2],
  ];
}

/**
 * The order spots are tried in, as [keep clear of other nodes, distance from the rim]. An
 * optional label stays right beside its node, clear of others, or is left out. A label that
 * must show keeps close to its node, first clear of nodes, then across its own node (distance
 * −1: centred on it), then over others' edges, and only then further out.
 */
function attempts(q: LabelRequest): Array<[boolean, number]> {
  if (q.tier !== 0) return [
    [true, 0],
    [true, 6],
  ];
  return [
    [true, 0],
    [true, 6],
    [false, -1],
    [false, 0],
    [false, 8],
    [false, 18],
    [false, 32],
    [false, 50],
    [false, 80],
  ];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Labels to draw, in the order they were placed; none sticks out of `frame` (the canvas) when given. */
export function placeLabels(requests: readonly LabelRequest[], frame: Box | null = null): PlacedLabel[] {
  const inside = (b: Box) => !frame || (b.x1 >= frame.x1 && b.y1 >= frame.y1 && b.x2 <= frame.x2 && b.y2 <= frame.y2);
  const nodes: Box[] = requests.map((q) => ({ x1: q.x - q.r, y1: q.y - q.r, x2: q.x + q.r, y2: q.y + q.r }));
  const grid = new BoxGrid(64);
  const placed: PlacedLabel[] = [];
  const order = [...requests].sort((a, b) => a.tier - b.tier || b.weight - a.weight || (a.id < b.id ? -1 : 1));
  for (const q of order) {
    let chosen: [number, number] | null = null;
    for (const [avoidNodes, distance] of attempts(q)) {
      const candidates = distance < 0 ? [[0, 0] as [number, number]] : spots(q, distance);
      chosen =
        candidates.find(([dx, dy]) => {
          const box = labelBox(q, dx, dy);
          return inside(box) && !grid.hits(box) && !(avoidNodes && nodes.some((n, i) => requests[i]!.id !== q.id && overlaps(box, n)));
        }) ?? null;
      if (chosen) break;
    }
    if (!chosen) continue;
    const box = labelBox(q, chosen[0], chosen[1]);
    grid.add(box);
    placed.push({ id: q.id, dx: chosen[0], dy: chosen[1], overNodes: nodes.some((n, i) => requests[i]!.id !== q.id && overlaps(box, n)) });
  }
  return placed;
}

function labelBox(q: LabelRequest, dx: number, dy: number): Box {
  const [cx, cy] = [q.x + dx, q.y + dy];
  return { x1: cx - q.w / 2 - LABEL_PAD_X, y1: cy - q.h / 2 - LABEL_PAD_Y, x2: cx + q.w / 2 + LABEL_PAD_X, y2: cy + q.h / 2 + LABEL_PAD_Y };
}

/** Boxes bucketed by grid cell, so a test against placed labels looks at neighbours only. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}
  private keys(b: Box): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / this.size); i <= Math.floor(b.x2 / this.size); i++)
      for (let j = Math.floor(b.y1 / this.size); j <= Math.floor(b.y2 / this.size); j++) keys.push(`${i},${j}`);
    return keys;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) this.cells.set(k, [...(this.cells.get(k) ?? []), b]);
  }
  hits(b: Box): boolean {
    return this.keys(b).some((k) => (this.cells.get(k) ?? []).some((o) => overlaps(o, b)));
  }
}
