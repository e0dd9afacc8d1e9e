/** One driver per process, built from the settings; the only place that opens connections. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './neo4j-settings';

export function openDriver(settings: Neo4jSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    // Numbers come back as JS numbers: counts and metrics here stay far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}
