/**
 * The data-quality findings of the plan, each with its line: what the numbers rest on. Each
 * is named and said in the reader's language; inferred task numbers, one per task, are
 * counted in a sentence rather than listed.
 */
import type { ParsedPlan } from '../../../ingest/model';
import { useMessages } from '../i18n/useMessages';
import { useAppStore } from '../state/store';
import { selectLanguage } from '../state/selectors';
import { taskId } from '../graph/network-model';
import { FINDING_TITLES, findingText } from '../i18n/finding-text';

export function FindingsPanel(props: { plan: ParsedPlan }) {
  const t = useMessages();
  const language = useAppStore(selectLanguage);
  const select = useAppStore((s) => s.select);
  const shown = props.plan.findings.filter((f) => f.code !== 'number-inferred' || f.task === null);
  const inferred = props.plan.findings.length - shown.length;
  return (
    <section className="findings" aria-label={t.findings}>
      <h2>
        {t.findings} <span className="muted">({t.findingsCount(props.plan.findings.length)})</span>
      </h2>
      {inferred > 0 && (
        <p className="muted" data-testid="inferred-count">
          {t.inferredNumbers(inferred)}
        </p>
      )}
      <ul>
        {shown.map((f, i) => (
          <li key={i} className={`finding ${f.severity}`}>
            <span className="code" title={f.code}>
              {FINDING_TITLES[language][f.code]}
            </span>
            {f.task !== null ? (
              <button className="link" onClick={() => select({ type: 'task', id: taskId(f.task!) })}>
                {findingText(f, props.plan, language)}
              </button>
            ) : (
              <span>{findingText(f, props.plan, language)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
