/** The server the options page starts with: the sync server's default port on this machine. */
export const DEFAULT_SERVER = 'http://127.0.0.1:8787';

/**
 * The server address a person typed, made canonical: http(s) only, no query, hash or trailing
 * slash (so `${server}/api/login` is right). Null when it is not a usable address.
 */
export function normalizeServerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

export function apiUrl(server: string, path: `/${string}`): string {
  return `${server.replace(/\/+$/, '')}/api${path}`;
}

/** The y-websocket endpoint: the same host with ws(s) and `/sync` (docs are `/sync/{name}`). */
export function syncUrl(server: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}/sync`;
}
