import { isMessageKey, isRecord, type Account, type MessageKey, type NewSubAccount, type SubAccountChange } from '@fairdesk/shared';

export type { NewSubAccount, SubAccountChange } from '@fairdesk/shared';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: MessageKey; field?: string };

/** Calls the accounts API; every failure becomes a message key the page shows in the UI language. */
async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { ok: false, error: 'org.offline' };
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: 'org.offline' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: answer as T };
  const error = isRecord(answer) && isMessageKey(answer.error) ? answer.error : response.status === 401 ? 'login.failed' : 'org.error.server';
  const field = isRecord(answer) && typeof answer.message === 'string' ? /\((\w+)\)$/.exec(answer.message)?.[1] : undefined;
  return { ok: false, error, field };
}

export function createSubAccount(token: string, input: NewSubAccount): Promise<ApiResult<Account>> {
  return call<Account>(token, 'POST', '/api/accounts', input);
}

export function changeSubAccount(token: string, id: string, change: SubAccountChange): Promise<ApiResult<Account>> {
  return call<Account>(token, 'PATCH', `/api/accounts/${encodeURIComponent(id)}`, change);
}

export function deleteSubAccount(token: string, id: string): Promise<ApiResult<{ id: string }>> {
  return call<{ id: string }>(token, 'DELETE', `/api/accounts/${encodeURIComponent(id)}`);
}
