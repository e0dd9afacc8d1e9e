/**
 * Rankings as sortable tables with inline bars: workload, co-owner pairs, bottlenecks and the
 * projects named by several tasks. Every unit is listed (the table scrolls); the tables follow
 * the section and kind filters and say which part of the plan they rank. Every column says
 * on hover how it is defined. Every row is a button, so the tables work from the keyboard.
 */
import { useMemo, useState } from 'react';
import { useAppStore } from '../state/store';
import { selectPlan, selectRankings } from '../state/selectors';
import { useMessages } from '../i18n/useMessages';
import { pairId, unitId } from '../graph/network-model';
import type { ShownWorkloadRow } from '../data/ranking-rows';
import { filteredPlan } from '../data/filtered-rankings';
import { localRankings } from '../data/plan-source';
import { useRankingsWithBetweenness } from '../data/useRankingsWithBetweenness';
import { UnitName } from './UnitName';
import { TabButtons } from './TabButtons';
import { SharedProjects } from './SharedProjects';

const TABLES = ['workload', 'pairs', 'bottlenecks', 'projects'] as const;
type Table = (typeof TABLES)[number];
type WorkloadColumn = 'ledTasks' | 'supportedTasks' | 'partners' | 'coordinationLoad' | 'betweenness';

export function RankingsPanel() {
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const whole = useAppStore(selectRankings);
  const sections = useAppStore((s) => s.sections);
  const kinds = useAppStore((s) => s.kinds);
  const select = useAppStore((s) => s.select);
  const [table, setTable] = useState<Table>('workload');
  const [sortKey, setSortKey] = useState<WorkloadColumn>('coordinationLoad');
  const partPlan = useMemo(() => (plan ? filteredPlan(plan, sections, kinds) : null), [plan, sections, kinds]);
  const part = useMemo(() => (partPlan ? localRankings(partPlan) : null), [partPlan]);
  const units = useMemo(() => (partPlan ?? plan)?.units.map((u) => u.name) ?? null, [partPlan, plan]);
  // Betweenness is computed (in a worker) only once the table that shows it is open.
  const rankings = useRankingsWithBetweenness(units, part ?? whole, table === 'bottlenecks');
  const workload = useMemo(() => {
    const rows = [...(rankings?.workload ?? [])];
    const key = table === 'bottlenecks' ? 'betweenness' : sortKey;
    return rows.sort((a, b) => (b[key] ?? 0) - (a[key] ?? 0) || b.ledTasks - a.ledTasks || (a.unit < b.unit ? -1 : 1));
  }, [rankings, table, sortKey]);
  if (!rankings || !plan) return null;
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
  const max = Math.max(1e-9, ...workload.map((r) => r[barKey] ?? 0));
  const maxShared = Math.max(1, ...rankings.coOwnership.map((p) => p.shared));
  const scope = part
    ? t.scopeFiltered([sections.length > 0 ? `${t.sections} ${[...sections].sort((a, b) => a - b).join('、')}` : '', kinds.map((k) => t.kinds[k]).join('、')].filter(Boolean).join(' · '))
    : t.wholePlan;
  const rows = table === 'pairs' ? rankings.coOwnership.length : table === 'projects' ? plan.projects.filter((p) => p.tasks.length > 1).length : workload.length;

  return (
    <section className="rankings" aria-label={t.panelRankings}>
      <div className="tabs" role="tablist">
        <TabButtons names={TABLES} labels={{ workload: t.workload, pairs: t.coOwners, bottlenecks: t.bottlenecks, projects: t.projects }} active={table} onSelect={setTable} />
      </div>
      <p className="scope-line" data-testid="ranking-scope" title={t.scopeNote}>
        {scope} · {t.allRows(rows)}
      </p>
      <div className="ranking-scroll">
        {table === 'projects' ? (
          <SharedProjects plan={plan} />
        ) : table === 'pairs' ? (
          <table className="ranking-table" data-table="pairs">
            <thead>
              <tr>
                <th>{t.pair}</th>
                <th title={t.definitions.shared}>{t.shared}</th>
              </tr>
            </thead>
            <tbody>
              {rankings.coOwnership.map((p) => (
                <tr key={`${p.a}|${p.b}`}>
                  <td>
                    <button className="link" onClick={() => pick(p.a)}>
                      <UnitName name={p.a} />
                    </button>
                    {' · '}
                    <button className="link" onClick={() => pick(p.b)}>
                      <UnitName name={p.b} />
                    </button>
                  </td>
                  <td className="bar-cell" title={`${t.leadLead} ${p.leadLead} · ${t.leadSupport} ${p.leadSupport} · ${t.supportSupport} ${p.supportSupport}`}>
                    <span className="bar" style={{ width: `${(100 * p.shared) / maxShared}%` }} />
                    <button className="link value pair-link" aria-label={`${p.a} – ${p.b}: ${t.pairShared(p.shared)}`} onClick={() => select({ type: 'pair', id: pairId(p.a, p.b) })}>
                      {p.shared}
                    </button>
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
                  <th key={key} aria-sort={barKey === key ? 'descending' : 'none'} title={t.definitions[key]}>
                    <button className="link" title={`${t.definitions[key]} — ${t.sortBy}`} onClick={() => setSortKey(key)} disabled={table === 'bottlenecks'}>
                      {label}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {workload.map((row) => (
                <WorkloadLine key={row.unit} row={row} columns={columns.map(([k]) => k)} barKey={barKey} max={max} onPick={pick} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}

function WorkloadLine(props: { row: ShownWorkloadRow; columns: WorkloadColumn[]; barKey: WorkloadColumn; max: number; onPick: (unit: string) => void }) {
  const { row } = props;
  return (
    <tr>
      <td>
        <button className="link unit-link" onClick={() => props.onPick(row.unit)}>
          <UnitName name={row.unit} />
        </button>
      </td>
      {props.columns.map((key) => (
        <td key={key} className={key === props.barKey ? 'bar-cell' : 'num'}>
          {key === props.barKey && <span className="bar" style={{ width: `${(100 * (row[key] ?? 0)) / props.max}%` }} />}
          <span className="value">{key === 'betweenness' ? formatBetweenness(row.betweenness) : row[key]}</span>
        </td>
      ))}
    </tr>
  );
}

/** Three decimals; an ellipsis while the worker is still computing it. */
export const formatBetweenness = (value: number | null) => (value === null ? '…' : value.toFixed(3));
