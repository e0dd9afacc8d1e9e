/**
 * Rankings as sortable tables with inline bars: workload, co-owner pairs, bottlenecks.
 * Every row is a button, so the tables work from the keyboard.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../state/store';
import { selectRankings } from '../state/selectors';
import { useMessages } from '../i18n/useMessages';
import { unitId } from '../graph/network-model';
import type { WorkloadRow } from '../data/ranking-rows';

type Table = 'workload' | 'pairs' | 'bottlenecks';
type WorkloadColumn = 'ledTasks' | 'supportedTasks' | 'partners' | 'coordinationLoad' | 'betweenness';

export function RankingsPanel() {
  const t = useMessages();
  const rankings = useAppStore(selectRankings);
  const select = useAppStore((s) => s.select);
  const [table, setTable] = useState<Table>('workload');
  const [sortKey, setSortKey] = useState<WorkloadColumn>('coordinationLoad');
  const workload = useMemo(() => {
    const rows = [...(rankings?.workload ?? [])];
    const key = table === 'bottlenecks' ? 'betweenness' : sortKey;
    return rows.sort((a, b) => b[key] - a[key] || b.ledTasks - a.ledTasks || (a.unit < b.unit ? -1 : 1));
  }, [rankings, table, sortKey]);
  if (!rankings) return null;
  const pick = (unit: string) => select({ type: 'unit', id: unitId(unit) });
  const columns: ReadonlyArray<[WorkloadColumn, string]> =
    table === 'bottlenecks'
      ? [
          ['betweenness', t.betweenness],
          ['ledTasks', t.led],
          ['partners', t.partners],
        ]
      : [
          ['ledTasks', t.led],
          ['supportedTasks', t.supported],
          ['partners', t.partners],
          ['coordinationLoad', t.coordinationLoad],
        ];
  const barKey: WorkloadColumn = table === 'bottlenecks' ? 'betweenness' : sortKey;
  const max = Math.max(1e-9, ...workload.map((r) => r[barKey]));
  const maxShared = Math.max(1, ...rankings.coOwnership.map((p) => p.shared));

  return (
    <section className="rankings" aria-label={t.panelRankings}>
      <div className="tabs" role="tablist">
        {(
          [
            ['workload', t.workload],
            ['pairs', t.coOwners],
            ['bottlenecks', t.bottlenecks],
          ] as const
        ).map(([id, label]) => (
          <button key={id} role="tab" aria-selected={table === id} className={table === id ? 'active' : ''} onClick={() => setTable(id)}>
            {label}
          </button>
        ))}
      </div>
      {table === 'pairs' ? (
        <table className="ranking-table" data-table="pairs">
          <thead>
            <tr>
              <th>{t.pair}</th>
              <th>{t.shared}</th>
            </tr>
          </thead>
          <tbody>
            {rankings.coOwnership.slice(0, 60).map((p) => (
              <tr key={`${p.a}|${p.b}`}>
                <td>
                  <button className="link" onClick={() => pick(p.a)}>
                    {p.a}
                  </button>
                  {' · '}
                  <button className="link" onClick={() => pick(p.b)}>
                    {p.b}
                  </button>
                </td>
                <td className="bar-cell" title={`${t.leadEdge}–${t.leadEdge} ${p.leadLead} · ${t.leadEdge}–${t.supportEdge} ${p.leadSupport} · ${t.supportEdge}–${t.supportEdge} ${p.supportSupport}`}>
                  <span className="bar" style={{ width: `${(100 * p.shared) / maxShared}%` }} />
                  <span className="value">{p.shared}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <table className="ranking-table" data-table={table}>
          <thead>
            <tr>
              <th>{t.unit}</th>
              {columns.map(([key, label]) => (
                <th key={key} aria-sort={barKey === key ? 'descending' : 'none'}>
                  <button className="link" title={t.sortBy} onClick={() => setSortKey(key)} disabled={table === 'bottlenecks'}>
                    {label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {workload.slice(0, 60).map((row) => (
              <WorkloadLine key={row.unit} row={row} columns={columns.map(([k]) => k)} barKey={barKey} max={max} onPick={pick} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function WorkloadLine(props: { row: WorkloadRow; columns: WorkloadColumn[]; barKey: WorkloadColumn; max: number; onPick: (unit: string) => void }) {
  const { row } = props;
  return (
    <tr>
      <td>
        <button className="link unit-link" onClick={() => props.onPick(row.unit)}>
          {row.unit}
        </button>
      </td>
      {props.columns.map((key) => (
        <td key={key} className={key === props.barKey ? 'bar-cell' : 'num'}>
          {key === props.barKey && <span className="bar" style={{ width: `${(100 * row[key]) / props.max}%` }} />}
          <span className="value">{key === 'betweenness' ? row[key].toFixed(3) : row[key]}</span>
        </td>
      ))}
    </tr>
  );
}
