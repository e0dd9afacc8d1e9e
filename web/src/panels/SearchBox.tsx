/** Search by name: units (and their other spellings), projects, tasks by number or words. */
import { useMemo } from 'react';
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { selectQuery } from '../state/selectors';
import { projectId, taskId, unitId } from '../graph/network-model';

interface Hit {
  id: string;
  type: 'unit' | 'task' | 'project';
  label: string;
}

export function searchPlan(plan: ParsedPlan, query: string, taskLabel: (label: string | null) => string): Hit[] {
  const q = query.trim();
  if (q.length === 0) return [];
  const units = plan.units.filter((u) => u.aliases.some((a) => a.includes(q)) || u.name.includes(q)).map((u) => ({ id: unitId(u.name), type: 'unit' as const, label: u.name }));
  const projects = plan.projects.filter((p) => p.aliases.some((a) => a.includes(q))).map((p) => ({ id: projectId(p.name), type: 'project' as const, label: p.name }));
  const asNumber = Number(q);
  const tasks = plan.tasks
    .filter((t) => (Number.isInteger(asNumber) && t.number === asNumber) || t.label === q || (q.length >= 2 && (t.headline ?? t.measures ?? '').includes(q)))
    .map((t) => ({ id: taskId(t.ordinal), type: 'task' as const, label: `${taskLabel(t.label)} ${(t.headline ?? t.measures ?? '').slice(0, 24)}` }));
  return [...units, ...projects, ...tasks].slice(0, 30);
}

export function SearchBox(props: { plan: ParsedPlan }) {
  const t = useMessages();
  const query = useAppStore(selectQuery);
  const { setQuery, select } = useAppStore.getState();
  const hits = useMemo(() => searchPlan(props.plan, query, t.taskNumber), [props.plan, query, t]);
  return (
    <div className="search">
      <input type="search" placeholder={t.search} aria-label={t.search} value={query} onChange={(e) => setQuery(e.target.value)} />
      {hits.length > 0 && (
        <ul className="search-results" role="listbox">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button className="link" onClick={() => select({ type: hit.type, id: hit.id })}>
                {hit.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
