/**
 * Search by any name: units by any spelling or abbreviation, tasks by label, number or words,
 * projects by any name (search-plan.ts). A combobox: ↑/↓ move through the results, Enter opens
 * the one marked, Esc clears.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { selectQuery } from '../state/selectors';
import { searchPlan, type Hit } from './search-plan';
import { UnitName } from './UnitName';

export function SearchBox(props: { plan: ParsedPlan }) {
  const t = useMessages();
  const query = useAppStore(selectQuery);
  const { setQuery, select } = useAppStore.getState();
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchPlan(props.plan, query, t.taskNumber), [props.plan, query, t]);
  const open = (hit: Hit) => select({ type: hit.type, id: hit.id });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) setActive((i) => (i + 1) % hits.length);
    else if (event.key === 'ArrowUp' && hits.length > 0) setActive((i) => (i - 1 + hits.length) % hits.length);
    else if (event.key === 'Enter' && hits[active]) open(hits[active]!);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };
  const optionId = (i: number) => `search-hit-${i}`;
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits.length > 0 ? optionId(Math.min(active, hits.length - 1)) : undefined}
        aria-autocomplete="list"
        placeholder={t.search}
        aria-label={t.search}
        title={t.searchHint}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && hits.length === 0 && <p className="search-hint">{t.noHits}</p>}
      {hits.length > 0 && (
        <ul className="search-results" role="listbox" id="search-results" aria-label={t.searchResults}>
          {hits.map((hit, i) => (
            <li key={hit.id} id={optionId(i)} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}>
              <button className="link" onClick={() => open(hit)}>
                {hit.type === 'unit' ? <UnitName name={hit.label} /> : hit.label}
                {hit.via && <span className="kind-tag">({hit.via})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
