/** `npm run db:stop`: stop the local Neo4j cleanly. */
import { neo4jSettings } from '../neo4j-settings';
import { stopLocalNeo4j } from '../local-neo4j';
import { runCli } from '../../cli/run-cli';

await runCli(async () => {
  const settings = neo4jSettings();
  if (!settings.local) {
    console.log(`NEO4J_URI is set (${settings.uri}): Fengong did not start that server and does not stop it`);
    return;
  }
  console.log((await stopLocalNeo4j()) === 'stopped' ? 'Neo4j stopped' : 'Neo4j was not running');
});
