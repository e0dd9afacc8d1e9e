/**
 * What a node of the network (or a selected pair of units) is, as a typed value, and its one
 * codec to and from the id Cytoscape and the store use (`unit:省财政厅`, `task:46`,
 * `pair:A,B`). Nothing else reads those ids by splitting them.
 */
import { z } from 'zod';

const Name = z.string().min(1);

export const NodeRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unit'), name: Name }),
  /** A task by its ordinal: its place in the plan, which every task has (its number may be lost). */
  z.object({ kind: z.literal('task'), ordinal: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('project'), name: Name }),
]);
export type NodeRef = z.infer<typeof NodeRef>;

/** Two different units; the order is not meaningful (the id writes them in code-point order). */
export const PairRef = z.object({ kind: z.literal('pair'), units: z.tuple([Name, Name]) }).refine((p) => p.units[0] !== p.units[1], 'a pair is two different units');
export type PairRef = z.infer<typeof PairRef>;

export type ElementRef = NodeRef | PairRef;
export type RefKind = ElementRef['kind'];

/** The id of a node or pair, as the canvas and the store hold it. */
export function refId(ref: ElementRef): string {
  switch (ref.kind) {
    case 'unit':
    case 'project':
      return `${ref.kind}:${ref.name}`;
    case 'task':
      return `task:${ref.ordinal}`;
    case 'pair': {
      const [a, b] = ref.units;
      return `pair:${a < b ? `${a},${b}` : `${b},${a}`}`;
    }
  }
}

/** The node or pair an id names, or null when it names neither (an edge, or garbage). */
export function parseRefId(id: string): ElementRef | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  const candidate =
    kind === 'task'
      ? { kind, ordinal: /^\d+$/.test(rest) ? Number(rest) : NaN }
      : kind === 'pair'
        ? { kind, units: rest.split(',') }
        : { kind, name: rest };
  const node = NodeRef.safeParse(candidate);
  if (node.success) return node.data;
  const pair = PairRef.safeParse(candidate);
  return pair.success ? pair.data : null;
}

/** The node an id names, or null for a pair, an edge or garbage. */
export function parseNodeId(id: string): NodeRef | null {
  const ref = parseRefId(id);
  return ref && ref.kind !== 'pair' ? ref : null;
}

/** The unit's name when the id is a unit's, else null. */
export function unitNameOf(id: string): string | null {
  const ref = parseRefId(id);
  return ref?.kind === 'unit' ? ref.name : null;
}
