/** `npm run db:start`: start the local Neo4j (or check NEO4J_URI's) and return once it answers. */
import { neo4jSettings } from '../neo4j-settings';
import { answers, startLocalNeo4j } from '../local-neo4j';
import { runCli, CliError } from '../../cli/run-cli';

await runCli(async () => {
  const settings = neo4jSettings();
  if (!settings.local) {
    if (!(await answers(settings))) throw new CliError(`NEO4J_URI is set but ${settings.uri} does not answer — check the server and NEO4J_USERNAME/NEO4J_PASSWORD`);
    console.log(`Neo4j at ${settings.uri} answers (NEO4J_URI is set; nothing started)`);
    return;
  }
  const t0 = Date.now();
  const state = await startLocalNeo4j(settings, (line) => console.log(line));
  console.log(state === 'running' ? `Neo4j already running at ${settings.uri}` : `Neo4j ready at ${settings.uri} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
