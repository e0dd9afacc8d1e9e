/** Filters of the network: sections, unit kinds, the shared-task threshold and the roles counted. */
import type { ParsedPlan, UnitKind } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { selectKinds, selectLanguage, selectMinShared, selectRoles, selectSections, selectView } from '../state/selectors';
import { sectionTitle } from '../i18n/section-english';
import { UNIT_KIND_COLOURS } from '../graph/palette';
import { effectiveThreshold } from '../graph/default-threshold';

export function Filters(props: { plan: ParsedPlan; maxShared: number }) {
  const t = useMessages();
  const view = useAppStore(selectView);
  const language = useAppStore(selectLanguage);
  const sections = useAppStore(selectSections);
  const kinds = useAppStore(selectKinds);
  const minShared = effectiveThreshold(props.plan, useAppStore(selectMinShared));
  const showIsolated = useAppStore((s) => s.showIsolated);
  const colourBy = useAppStore((s) => s.colourBy);
  const groupCommunities = useAppStore((s) => s.groupCommunities);
  const roles = useAppStore(selectRoles);
  const { toggleSection, toggleKind, setMinShared, setRoles, setShowIsolated, setColourBy, setGroupCommunities } = useAppStore.getState();
  const presentKinds = [...new Set(props.plan.units.map((u) => u.kind))] as UnitKind[];

  return (
    <section className="filters" aria-label={t.filters}>
      {view === 'collaboration' && (
        <label className="field">
          <span>
            {t.minShared}: <output data-testid="min-shared">{minShared}</output>
          </span>
          <input type="range" min={1} max={Math.max(1, props.maxShared)} value={minShared} onChange={(e) => setMinShared(Number(e.target.value))} aria-label={t.minShared} />
        </label>
      )}
      {view === 'collaboration' && (
        <label className="toggle">
          <input type="checkbox" checked={showIsolated} onChange={(e) => setShowIsolated(e.target.checked)} /> {t.showIsolated}
        </label>
      )}
      {view !== 'projects' && (
        <fieldset>
          <legend>{t.structure}</legend>
          <label>
            <input type="checkbox" checked={colourBy === 'community'} onChange={(e) => setColourBy(e.target.checked ? 'community' : 'kind')} /> {t.colourByCommunity}
          </label>
          <label>
            <input type="checkbox" checked={groupCommunities} onChange={(e) => setGroupCommunities(e.target.checked)} /> {t.groupCommunities}
          </label>
        </fieldset>
      )}
      {view !== 'projects' && (
        <fieldset>
          <legend>{t.roles}</legend>
          <label>
            <input type="radio" name="roles" checked={roles === 'all'} onChange={() => setRoles('all')} /> {t.rolesAll}
          </label>
          <label>
            <input type="radio" name="roles" checked={roles === 'lead'} onChange={() => setRoles('lead')} /> {t.rolesLead}
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>{t.sections}</legend>
        {props.plan.sections.map((s) => (
          <label key={s.number} title={sectionTitle(s.title, language) ?? ''}>
            <input type="checkbox" checked={sections.includes(s.number)} onChange={() => toggleSection(s.number)} /> {s.number}. {(sectionTitle(s.title, language) ?? '—').slice(0, language === 'en' ? 34 : 14)}
          </label>
        ))}
      </fieldset>
      {view !== 'projects' && (
        <fieldset>
          <legend>{t.unitKinds}</legend>
          {presentKinds.map((kind) => (
            <label key={kind}>
              <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
              <span className="swatch" style={{ background: UNIT_KIND_COLOURS[kind] }} /> {t.kinds[kind]}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
