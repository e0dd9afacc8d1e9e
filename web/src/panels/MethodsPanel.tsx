/**
 * How every number is defined: a line per metric in the reader's language, and the header of
 * the query that computes it, quoted from cypher/ as it is, so the page and the queries
 * cannot drift apart.
 */
import workload from '../../../cypher/workload.cypher?raw';
import coOwnership from '../../../cypher/co-ownership.cypher?raw';
import bottlenecks from '../../../cypher/bottlenecks.cypher?raw';
import { useMessages } from '../i18n/useMessages';

/** The comment lines at the top of a query file, without their `//`. */
export function queryHeader(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/ ?/, ''));
  }
  return lines.join('\n');
}

export function MethodsPanel() {
  const t = useMessages();
  const metrics = [
    ['ledTasks', t.led],
    ['supportedTasks', t.supported],
    ['partners', t.partners],
    ['coordinationLoad', t.coordinationLoad],
    ['betweenness', t.betweenness],
    ['shared', t.shared],
  ] as const;
  return (
    <article className="methods" aria-label={t.panelMethods}>
      <h2>{t.methodsTitle}</h2>
      <p className="muted">{t.methodsIntro}</p>
      <dl className="definitions">
        {metrics.map(([key, name]) => (
          <div key={key} id={`metric-${key}`}>
            <dt>{name}</dt>
            <dd>{t.definitions[key]}</dd>
          </div>
        ))}
        <div id="metric-modularity">
          <dt>{t.modularity}</dt>
          <dd>{t.modularityHelp}</dd>
        </div>
      </dl>
      {(
        [
          ['cypher/workload.cypher', workload],
          ['cypher/co-ownership.cypher', coOwnership],
          ['cypher/bottlenecks.cypher', bottlenecks],
        ] as const
      ).map(([file, text]) => (
        <section key={file}>
          <h3>
            <code>{file}</code>
          </h3>
          <pre className="query-header">{queryHeader(text)}</pre>
        </section>
      ))}
    </article>
  );
}
