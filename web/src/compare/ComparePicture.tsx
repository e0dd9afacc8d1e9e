/**
 * One side of a comparison: the plan's units and ties drawn at the union layout's places,
 * coloured by change. Units of the other plan only are kept as faint dashed rings, so the
 * eye finds the same place empty. Drawn as SVG so both sides are one frame, one scale.
 */
import type { Positions } from '../graph/layout-network';
import { edgeWidth, nodeDiameter } from '../graph/stylesheet';
import type { Comparison } from './compare-rows';
import { keyNodeId } from './union-network';
import { CHANGE_COLOURS } from './change-palette';

const LABELLED = 18;

/** Labels under their discs, busiest first; one that would cover a label already placed is left to the hover title. */
function placeLabels(units: Array<{ key: string; text: string; x: number; y: number; r: number }>, font: number, frame: Props['frame']) {
  const placed: Array<{ key: string; text: string; x: number; y: number; box: [number, number, number, number] }> = [];
  for (const u of units) {
    const [w, y] = [u.text.length * font, u.y + u.r + font];
    // Kept inside the frame: a unit at the edge has its name pulled in rather than cut off.
    const x = Math.min(Math.max(u.x, frame.x + w / 2 + 2), frame.x + frame.width - w / 2 - 2);
    const box: [number, number, number, number] = [x - w / 2, y - font, x + w / 2, y + font * 0.25];
    if (placed.some((p) => box[0] < p.box[2] && p.box[0] < box[2] && box[1] < p.box[3] && p.box[1] < box[3])) continue;
    placed.push({ key: u.key, text: u.text, x, y, box });
  }
  return placed;
}

interface Props {
  side: 'A' | 'B';
  title: string;
  comparison: Comparison;
  positions: Positions;
  frame: { x: number; y: number; width: number; height: number };
  absentLabel: string;
  statusLabel: (status: string) => string;
}

export function ComparePicture({ side, title, comparison, positions, frame, absentLabel, statusLabel }: Props) {
  const load = (u: Comparison['units'][number]) => (side === 'A' ? u.loadA : u.loadB);
  const present = (u: Comparison['units'][number]) => (side === 'A' ? u.namesA : u.namesB).length > 0;
  const maxLoad = Math.max(0, ...comparison.units.map((u) => Math.max(u.loadA, u.loadB)));
  const ties = comparison.pairs.filter((p) => (side === 'A' ? p.sharedA : p.sharedB) > 0);
  const maxShared = Math.max(0, ...comparison.pairs.map((p) => Math.max(p.sharedA, p.sharedB)));
  const shown = comparison.units.filter(present);
  // Labels for the units of one plan only and the busiest; every unit names itself on hover.
  const at = (key: string) => positions[keyNodeId(key)] ?? { x: 0, y: 0 };
  const font = frame.width / 52;
  // Units of one plan only are named first: they are what a reader looks for.
  const marked = (u: Comparison['units'][number]) => u.status === 'new' || u.status === 'dropped';
  const labels = placeLabels(
    [...shown].sort((a, b) => Number(marked(b)) - Number(marked(a)) || load(b) - load(a)).slice(0, LABELLED).map((u) => ({ key: u.key, text: (side === 'A' ? u.namesA : u.namesB).join('、'), ...at(u.key), r: nodeDiameter(load(u), maxLoad) / 2 })),
    font,
    frame,
  );
  return (
    <figure className="compare-picture" data-side={side}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`} role="img" aria-label={title} data-testid={`compare-picture-${side}`}>
        <g className="ties">
          {ties.map((p) => {
            const [a, b] = [at(p.a), at(p.b)];
            const changed = p.status;
            return (
              <line key={`${p.a}|${p.b}`} data-pair={`${p.a}|${p.b}`} data-status={p.status} x1={a.x} y1={a.y} x2={b.x} y2={b.y}
                stroke={CHANGE_COLOURS[changed]} strokeOpacity={changed === 'same' ? 0.35 : 0.7} strokeWidth={edgeWidth(side === 'A' ? p.sharedA : p.sharedB, maxShared)} />
            );
          })}
        </g>
        <g className="units">
          {comparison.units.map((u) => {
            const p = at(u.key);
            const name = (side === 'A' ? u.namesA : u.namesB).join('、');
            if (!present(u))
              return (
                <circle key={u.key} data-key={u.key} data-present="false" cx={p.x} cy={p.y} r={6} fill="none" stroke="#b8bcc4" strokeDasharray="3 3">
                  <title>{`${u.namesA[0] ?? u.namesB[0] ?? u.key} · ${absentLabel}`}</title>
                </circle>
              );
            const r = nodeDiameter(load(u), maxLoad) / 2;
            const colour = CHANGE_COLOURS[u.status];
            return (
              <g key={u.key} className="compare-unit" data-key={u.key} data-present="true" data-status={u.status}>
                <circle cx={p.x} cy={p.y} r={r} fill={colour} fillOpacity={0.85} stroke="#ffffff" strokeWidth={1.5}>
                  <title>{`${name} · ${statusLabel(u.status)}`}</title>
                </circle>
                {(u.status === 'new' || u.status === 'dropped') && <circle cx={p.x} cy={p.y} r={r + 4} fill="none" stroke={colour} strokeWidth={2} strokeDasharray="4 3" />}
              </g>
            );
          })}
        </g>
        <g className="labels" style={{ fontSize: font }}>
          {labels.map((l) => (
            <text key={l.key} x={l.x} y={l.y} textAnchor="middle" className="compare-label">
              {l.text}
            </text>
          ))}
        </g>
      </svg>
    </figure>
  );
}
