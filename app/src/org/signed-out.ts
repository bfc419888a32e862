import type { MessageKey } from '@fairdesk/shared';

/**
 * Why the server no longer takes this device's token, as the message the sign-in page shows:
 * the account was disabled, deleted (the token names no account), or the session ended.
 */
export async function signedOutReason(token: string): Promise<MessageKey> {
  try {
    const response = await fetch('/api/me', { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(3000) });
    const body: unknown = await response.json().catch(() => null);
    const code = typeof body === 'object' && body !== null && 'error' in body ? (body as { error: unknown }).error : null;
    if (code === 'auth.disabled') return 'org.signedOut.disabled';
    if (code === 'auth.invalid') return 'org.signedOut.deleted';
  } catch {
    // Unreachable: say only that the session ended.
  }
  return 'org.signedOut.expired';
}
