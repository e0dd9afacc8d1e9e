/**
 * Which Host headers the app server answers. It listens on loopback, but a browser sends a
 * page's own host name to whatever address that name resolves to: a site that rebinds its
 * name to 127.0.0.1 would otherwise read the plans through the user's browser. Only the
 * loopback names, and names the operator adds, are served; the port plays no part.
 */

const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, lower-cased, without its port (`[::1]:5180` → `[::1]`). */
export function hostNameOf(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end < 0 ? host : host.slice(0, end + 1);
  }
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}

/** Whether a request with this Host header is one the server should answer. */
export function isServedHost(header: string | undefined, extra: readonly string[]): boolean {
  if (header === undefined || header === '') return false;
  const name = hostNameOf(header);
  // `*.localhost` resolves to loopback by definition (RFC 6761), so no site can rebind it.
  return LOOPBACK_NAMES.includes(name) || name.endsWith('.localhost') || extra.some((host) => hostNameOf(host) === name);
}
