/** The data-quality findings of the plan, each with its line: what the numbers rest on. */
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { taskId } from '../graph/network-model';

export function FindingsPanel(props: { plan: ParsedPlan }) {
  const t = useMessages();
  const select = useAppStore((s) => s.select);
  const shown = props.plan.findings.filter((f) => f.code !== 'number-inferred' || f.task === null);
  const inferred = props.plan.findings.length - shown.length;
  return (
    <section className="findings" aria-label={t.findings}>
      <h2>
        {t.findings} <span className="muted">({props.plan.findings.length})</span>
      </h2>
      {inferred > 0 && <p className="muted">number-inferred × {inferred}</p>}
      <ul>
        {shown.map((f, i) => (
          <li key={i} className={`finding ${f.severity}`}>
            <span className="code">{f.code}</span>
            {f.task !== null ? (
              <button className="link" onClick={() => select({ type: 'task', id: taskId(f.task!) })}>
                {f.message}
              </button>
            ) : (
              <span>{f.message}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
