import { isMessageKey, isRecord, type LoginAnswer, type MessageKey } from '@fairdesk/shared';

/** A signed-in device: the token the server issued and the account it names. */
export type Session = LoginAnswer;

const KEY = 'fairdesk.session';

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (isRecord(value) && typeof value.token === 'string' && isRecord(value.account)) return value as unknown as Session;
  } catch {
    // A corrupt entry is the same as none: the user signs in again.
  }
  return null;
}

export function saveSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

export type LoginResult = { ok: true; session: Session } | { ok: false; error: MessageKey };

/** POST /api/login; every failure becomes a message key the form can show in either language. */
export async function requestLogin(login: string, password: string): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password }),
    });
  } catch {
    return { ok: false, error: 'login.network' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isRecord(body) && typeof body.token === 'string') return { ok: true, session: body as unknown as Session };
  const error = isRecord(body) && isMessageKey(body.error) ? body.error : 'login.failed';
  return { ok: false, error };
}

/** Whether the server still accepts the token: 'revoked' on 401, 'unknown' when unreachable. */
export async function checkSession(token: string): Promise<'valid' | 'revoked' | 'unknown'> {
  try {
    const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` } });
    if (response.status === 401) return 'revoked';
    return response.ok ? 'valid' : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function syncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
