/** One driver per process, built from the settings; the only place that opens connections. */
import net from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jSettings } from './neo4j-settings';

let noDelayInstalled = false;

/**
 * The JS driver opens its sockets with Nagle's algorithm on and writes a query as several
 * small Bolt messages; against delayed ACKs every statement then stalled ~40 ms (measured:
 * 45–60 ms per load statement, 1–20 ms with TCP_NODELAY). The driver has no option for it,
 * so sockets of this process are opened with TCP_NODELAY, as Node's own HTTP server does.
 */
function installNoDelay(): void {
  if (noDelayInstalled) return;
  noDelayInstalled = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
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
