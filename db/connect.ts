/** One driver per process, built from the settings; the only place that opens connections. */
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './neo4j-settings';

let noDelayInstalled = false;

/**
 * The JS driver opens its sockets with Nagle's algorithm on and writes a query as several
 * small Bolt messages; against delayed ACKs every statement then stalled ~40 ms (measured:
 * 45–60 ms per load statement, 1–20 ms with TCP_NODELAY). The driver has no option for it,
 * so client sockets of this process are told TCP_NODELAY as they are created, through
 * Node's published `net.client.socket` channel (no prototype is replaced). It is what
 * Node's own HTTP client does, so nothing else in the process is slowed or changed.
 */
function installNoDelay(): void {
  if (noDelayInstalled) return;
  noDelayInstalled = true;
  subscribe('net.client.socket', (message) => {
    (message as { socket: Socket }).socket.setNoDelay(true);
  });
}

export function openDriver(settings: Neo4jSettings): Driver {
  installNoDelay();
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    // Numbers come back as JS numbers: counts and metrics here stay far below 2^53.
    disableLosslessIntegers: true,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}
