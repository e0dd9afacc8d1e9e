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

const LABELLED = 14;

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
  // Labels for the busiest units of this side; every unit names itself on hover.
  const labelled = new Set([...shown].sort((a, b) => load(b) - load(a)).slice(0, LABELLED).map((u) => u.key));
  const at = (key: string) => positions[keyNodeId(key)] ?? { x: 0, y: 0 };
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
                {labelled.has(u.key) && (
                  <text x={p.x} y={p.y + r + 14} textAnchor="middle" className="compare-label">
                    {name}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </figure>
  );
}
