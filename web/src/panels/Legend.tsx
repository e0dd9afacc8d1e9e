/** The legend of the current view: colours (of kinds, or of communities when asked), sizes and edge styles. */
import type { UnitKind, ProjectKind } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { useCommunities } from '../graph/useCommunities';
import { communityColour } from '../graph/community-palette';
import type { ViewName } from '../state/view-slice';
import { LEAD_EDGE_COLOUR, PROJECT_KIND_COLOURS, SUPPORT_EDGE_COLOUR, UNIT_KIND_COLOURS } from '../graph/palette';

export function Legend(props: { view: ViewName; unitKinds: UnitKind[]; projectKinds: ProjectKind[] }) {
  const t = useMessages();
  const colourBy = useAppStore((s) => s.colourBy);
  const communities = useCommunities(colourBy === 'community' && props.view !== 'projects');
  return (
    <aside className="legend" aria-label={t.legend}>
      {props.view === 'projects'
        ? props.projectKinds.map((k) => (
            <span key={k} className="legend-item">
              <span className="swatch square" style={{ background: PROJECT_KIND_COLOURS[k] }} /> {t.projectKinds[k]}
            </span>
          ))
        : colourBy === 'community' && communities
          ? communities.members.map((members, i) => (
              <span key={i} className="legend-item">
                <span className="swatch" style={{ background: communityColour(i) }} /> {t.panelCommunities} {i + 1} ({members.length})
              </span>
            ))
          : props.unitKinds.map((k) => (
              <span key={k} className="legend-item">
                <span className="swatch" style={{ background: UNIT_KIND_COLOURS[k] }} /> {t.kinds[k]}
              </span>
            ))}
      {props.view === 'collaboration' && (
        <>
          <span className="legend-item">{t.nodeSize}</span>
          <span className="legend-item">{t.edgeWidth}</span>
        </>
      )}
      {props.view === 'assignments' && (
        <>
          <span className="legend-item">
            <span className="line solid" style={{ borderColor: LEAD_EDGE_COLOUR }} /> {t.leadEdge}
          </span>
          <span className="legend-item">
            <span className="line dashed" style={{ borderColor: SUPPORT_EDGE_COLOUR }} /> {t.supportEdge}
          </span>
        </>
      )}
      {props.view === 'projects' && (
        <span className="legend-item">
          <span className="swatch square" style={{ background: '#fff', border: '3px solid #C0392B' }} /> {t.sharedProject}
        </span>
      )}
    </aside>
  );
}
