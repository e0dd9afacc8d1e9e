/**
 * The middle of the plan page: the network on its canvas (laid out anew, or as the presenter
 * arranged it), a sentence when the threshold leaves nothing to draw, and the footer — legend,
 * counts, re-layout and export.
 */
import type { ProjectKind, UnitKind } from '../../../ingest/model';
import { useAppStore } from '../state/store';
import { selectPlan, selectStatus, selectView } from '../state/selectors';
import { parseNodeId } from '../state/node-ref';
import { selectionOf } from '../state/view-slice';
import { useMessages } from '../i18n/useMessages';
import { GraphCanvas } from '../graph/GraphCanvas';
import type { useGraphView } from '../graph/useGraphView';
import { selectionOfElement } from '../graph/element-selection';
import { effectiveThreshold } from '../graph/default-threshold';
import { Legend } from '../panels/Legend';
import { ExportMenu } from '../panels/ExportMenu';

export function GraphArea({ graph }: { graph: ReturnType<typeof useGraphView> }) {
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const status = useAppStore(selectStatus);
  const view = useAppStore(selectView);
  const { select, hover } = useAppStore.getState();
  const { network, elements, style, layout, groupKey, seed } = graph;
  const requested = useAppStore((s) => s.requested);
  const embeddedPositions = useAppStore((s) => s.presetPositions);
  const arrangements = useAppStore((s) => s.arrangements);
  const layoutRevision = useAppStore((s) => s.layoutRevision);
  const threshold = effectiveThreshold(plan, useAppStore((s) => s.minShared));
  // One arrangement per plan (and version of it), view, seed and grouping.
  const arrangementKey = plan ? `${plan.document.id}|${plan.document.contentHash}|${view}|${seed}|${groupKey}` : '';
  const arrangement = arrangements[arrangementKey] ?? null;
  const presetPositions = arrangement?.positions ?? embeddedPositions;

  const visibleNodes = network?.nodes.filter((n) => !n.hidden).length ?? 0;
  const visibleEdges = network?.edges.filter((e) => !e.hidden).length ?? 0;
  const unitKinds = plan ? ([...new Set(plan.units.map((u) => u.kind))] as UnitKind[]) : [];
  const projectKinds = plan ? ([...new Set(plan.projects.map((p) => p.kind))] as ProjectKind[]) : [];

  return (
    <section className="graph-area">
      {status === 'loading' && !plan && <p className="muted">{t.loading}</p>}
      {network && view === 'collaboration' && visibleEdges === 0 && (
        <p className="graph-empty" role="status">
          {t.nothingAtThreshold(threshold)}
        </p>
      )}
      {network && plan && layout && !requested && (
        <GraphCanvas
          elements={elements}
          style={style}
          layoutKey={`${arrangementKey}|${layoutRevision}`}
          seed={seed}
          layout={layout}
          presetPositions={presetPositions}
          pinned={arrangement?.pinned ?? []}
          onArrange={(positions, moved) => useAppStore.getState().saveArrangement(arrangementKey, { positions, pinned: [...new Set([...(arrangement?.pinned ?? []), moved])] })}
          label={`${t.appTitle}: ${plan.document.title ?? plan.document.id}`}
          onNodeTap={(id) => {
            const ref = parseNodeId(id);
            if (ref) select(selectionOf(ref));
          }}
          onEdgeTap={(id) => select(selectionOfElement(id))}
          onNodeHover={hover}
          onBackgroundTap={() => select(null)}
        />
      )}
      {network && (
        <div className="graph-footer">
          <Legend view={view} unitKinds={unitKinds} projectKinds={projectKinds} />
          <span className="muted stats" data-testid="graph-stats">
            {t.stats(visibleNodes, visibleEdges)}
          </span>
          <button className="button" title={t.relayoutTitle} onClick={() => useAppStore.getState().resetArrangement(arrangementKey)}>
            {arrangement ? t.resetLayout : t.relayout}
          </button>
          <ExportMenu />
        </div>
      )}
    </section>
  );
}
