/**
 * The panel on the right: its tabs (one per panel of view-state.ts) and the panel open —
 * rankings, the details of the selection, communities, data quality, methods.
 */
import { useAppStore } from '../state/store';
import { selectPanel, selectPlan, selectSelected } from '../state/selectors';
import { PANEL_NAMES, type PanelName } from '../state/view-state';
import { refOfSelection } from '../state/view-slice';
import { useMessages } from '../i18n/useMessages';
import { RankingsPanel } from '../panels/RankingsPanel';
import { FindingsPanel } from '../panels/FindingsPanel';
import { CommunitiesPanel } from '../panels/CommunitiesPanel';
import { MethodsPanel } from '../panels/MethodsPanel';
import { UnitProfile } from '../panels/UnitProfile';
import { TaskDetail } from '../panels/TaskDetail';
import { ProjectDetail } from '../panels/ProjectDetail';
import { PairDetail } from '../panels/PairDetail';
import { TabButtons } from '../panels/TabButtons';

export function SidePanel() {
  const t = useMessages();
  const plan = useAppStore(selectPlan);
  const selected = useAppStore(selectSelected);
  const panel = useAppStore(selectPanel);
  // The details tab is named after what is selected.
  const detail = selected?.type === 'task' ? t.panelTask : selected?.type === 'project' ? t.projects : selected?.type === 'pair' ? t.pair : t.panelUnit;
  const labels: Readonly<Record<PanelName, string>> = {
    rankings: t.panelRankings,
    detail,
    communities: t.panelCommunities,
    quality: t.panelQuality,
    methods: t.panelMethods,
  };
  return (
    <aside className="panel">
      <div className="tabs" role="tablist">
        <TabButtons names={PANEL_NAMES} labels={labels} active={panel} onSelect={(id) => useAppStore.getState().setPanel(id)} />
      </div>
      {plan && panel === 'rankings' && <RankingsPanel />}
      {plan && panel === 'quality' && <FindingsPanel plan={plan} />}
      {plan && panel === 'detail' && <Detail />}
      {plan && panel === 'communities' && <CommunitiesPanel />}
      {panel === 'methods' && <MethodsPanel />}
    </aside>
  );
}

/** The details of what is selected: a unit's profile, a task, a project or a pair of units. */
function Detail() {
  const t = useMessages();
  const plan = useAppStore(selectPlan)!;
  const selected = useAppStore(selectSelected);
  const previousUnit = useAppStore((s) => s.focusUnit);
  const ref = refOfSelection(selected);
  if (!selected || !ref) return <p className="muted">{t.noSelection}</p>;
  switch (ref.kind) {
    case 'unit':
      return <UnitProfile plan={plan} unit={ref.name} />;
    case 'project':
      return <ProjectDetail plan={plan} project={ref.name} />;
    case 'pair':
      return <PairDetail plan={plan} pair={ref} />;
    case 'task': {
      const task = plan.tasks.find((x) => x.ordinal === ref.ordinal);
      return task ? <TaskDetail plan={plan} task={task} focusUnit={previousUnit} /> : null;
    }
  }
}
