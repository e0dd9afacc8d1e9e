/**
 * A small line chart drawn with React and SVG: tasks led, tasks supported and coordination
 * load per plan, in year order, every point labelled with its number; the same numbers in a
 * table beneath for reading and copying.
 */
import type { TrendRow } from './compare-rows';
import type { CompareMessages } from './compare-messages';

const [WIDTH, HEIGHT] = [720, 320];
const MARGIN = { left: 48, right: 120, top: 24, bottom: 44 };
const SERIES = [
  { id: 'led', value: (r: TrendRow) => r.ledTasks, colour: '#c8324b' },
  { id: 'supported', value: (r: TrendRow) => r.supportedTasks, colour: '#2f6fc4' },
  { id: 'load', value: (r: TrendRow) => r.coordinationLoad, colour: '#1f8a4c' },
] as const;

/** Round steps for the value axis: 1, 2 or 5 times a power of ten, about five of them. */
function ticks(max: number): number[] {
  const raw = Math.max(1, max) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  return Array.from({ length: Math.floor(max / step) + 2 }, (_, i) => i * step);
}

export function TrendChart({ rows, t }: { rows: TrendRow[]; t: CompareMessages }) {
  const label = { led: t.led, supported: t.supported, load: t.load };
  const axis = ticks(Math.max(...rows.flatMap((r) => SERIES.map((s) => s.value(r)))));
  const top = axis[axis.length - 1]!;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i: number) => MARGIN.left + (rows.length === 1 ? plotW / 2 : (i * plotW) / (rows.length - 1));
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  // A number goes under its point when another line's point sits just above, where it would go.
  const crowdedAbove = (r: TrendRow, v: number) => SERIES.some((o) => o.value(r) > v && y(v) - y(o.value(r)) < 20);
  const years = rows.map((r) => r.year);
  const column = (r: TrendRow) => (years.filter((yr) => yr === r.year).length > 1 ? `${r.year ?? ''} ${r.document}` : String(r.year ?? r.document));
  return (
    <div className="trend">
      <svg className="trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={rows.map(column).join(', ')} data-testid="trend-chart">
        {axis.map((v) => (
          <g key={v}>
            <line x1={MARGIN.left} x2={MARGIN.left + plotW} y1={y(v)} y2={y(v)} stroke="#e3e5e8" />
            <text x={MARGIN.left - 8} y={y(v) + 4} textAnchor="end" className="trend-axis">{v}</text>
          </g>
        ))}
        {rows.map((r, i) => (
          <text key={r.document} x={x(i)} y={HEIGHT - MARGIN.bottom + 22} textAnchor="middle" className="trend-axis">{column(r)}</text>
        ))}
        {SERIES.map((s) => {
          const last = rows.length - 1;
          return (
            <g key={s.id} data-series={s.id}>
              <polyline points={rows.map((r, i) => `${x(i)},${y(s.value(r))}`).join(' ')} fill="none" stroke={s.colour} strokeWidth={2.5} />
              {rows.map((r, i) => (
                <g key={r.document} data-document={r.document} data-year={r.year ?? ''} data-value={s.value(r)}>
                  <circle cx={x(i)} cy={y(s.value(r))} r={4.5} fill={r.present ? s.colour : '#ffffff'} stroke={s.colour} strokeWidth={2} />
                  <text x={x(i)} y={y(s.value(r)) + (crowdedAbove(r, s.value(r)) ? 19 : -9)} textAnchor="middle" className="trend-value" fill={s.colour}>{s.value(r)}</text>
                </g>
              ))}
              <text x={x(last) + 14} y={y(s.value(rows[last]!)) + 4} className="trend-series" fill={s.colour}>{label[s.id]}</text>
            </g>
          );
        })}
      </svg>
      <table className="diff-table trend-table" data-testid="trend-table">
        <thead>
          <tr>
            <th>{t.year}</th>
            <th>{t.unit}</th>
            <th>{t.led}</th>
            <th>{t.supported}</th>
            <th>{t.partners}</th>
            <th>{t.load}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.document} data-document={r.document}>
              <td>{column(r)}</td>
              <td>{r.present ? r.names.join('、') : t.notInPlan}</td>
              <td className="number">{r.ledTasks}</td>
              <td className="number">{r.supportedTasks}</td>
              <td className="number">{r.partners}</td>
              <td className="number">{r.coordinationLoad}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
