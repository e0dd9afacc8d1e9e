/**
 * Communities of the co-ownership network (Louvain, seeded): the modularity of the partition
 * and each community's members, heaviest first, in the colour the graph gives them when
 * coloured by community. A member is a button that selects the unit.
 */
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { unitNameOf } from '../state/node-ref';
import { useCommunities } from '../graph/useCommunities';
import { communityColour } from '../graph/community-palette';
import { UnitName } from './UnitName';

export function CommunitiesPanel() {
  const t = useMessages();
  const communities = useCommunities();
  const colourBy = useAppStore((s) => s.colourBy);
  const select = useAppStore((s) => s.select);
  if (!communities || communities.members.length === 0) return <p className="muted">{t.noCommunities}</p>;
  return (
    <section className="communities" aria-label={t.panelCommunities}>
      <h2>{t.communitiesTitle(communities.members.length)}</h2>
      <p title={t.modularityHelp}>
        {t.modularity} Q = <strong data-testid="modularity">{communities.modularity.toFixed(3)}</strong>
      </p>
      <label className="toggle">
        <input type="checkbox" checked={colourBy === 'community'} onChange={(e) => useAppStore.getState().setColourBy(e.target.checked ? 'community' : 'kind')} /> {t.colourByCommunity}
      </label>
      <ol className="community-list">
        {communities.members.map((members, i) => (
          <li key={i} data-community={i}>
            <h3>
              <span className="swatch" style={{ background: communityColour(i) }} /> {i + 1} <span className="muted">· {t.members(members.length)}</span>
            </h3>
            <ul className="chips">
              {members.map((id) => (
                <li key={id}>
                  <button className="chip" onClick={() => select({ type: 'unit', id })}>
                    <UnitName name={unitNameOf(id) ?? id} />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
