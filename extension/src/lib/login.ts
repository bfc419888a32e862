import type { LoginAnswer } from '@fairdesk/shared';
import { isKey, type Message } from './i18n.ts';
import { parseLoginAnswer } from './session.ts';
import { apiUrl, normalizeServerUrl } from './urls.ts';

export type SignInResult = { ok: true; server: string; answer: LoginAnswer } | { ok: false; error: Message };

export interface SignInForm {
  server: string;
  login: string;
  password: string;
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/**
 * `POST {server}/api/login`. Every way it can fail becomes a message the person can act on:
 * a refusal the server names (`login.failed`, `login.disabled`, …), a server fault, an answer
 * that is not ours, or no answer at all.
 */
export async function signIn(form: SignInForm, fetchFn: typeof fetch = fetch): Promise<SignInResult> {
  const server = normalizeServerUrl(form.server);
  if (!server) return { ok: false, error: { key: 'ext.serverInvalid' } };
  if (!form.login.trim() || !form.password) return { ok: false, error: { key: 'error.required' } };
  let res: Response;
  try {
    res = await fetchFn(apiUrl(server, '/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: form.login.trim(), password: form.password }),
    });
  } catch {
    return { ok: false, error: { key: 'login.network' } };
  }
  const body = await readJson(res);
  if (res.ok) {
    const answer = parseLoginAnswer(body);
    return answer ? { ok: true, server, answer } : { ok: false, error: { key: 'ext.badAnswer' } };
  }
  const code = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
  if (res.status < 500 && isKey(code)) return { ok: false, error: { key: code } };
  if (res.status === 401) return { ok: false, error: { key: 'login.failed' } };
  return { ok: false, error: { key: 'ext.serverError', params: { status: res.status } } };
}
