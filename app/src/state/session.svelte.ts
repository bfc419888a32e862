import { loadSession, requestLogin, saveSession, type Session } from '../sync/session.ts';
import type { MessageKey } from '@fairdesk/shared';

/** Who is signed in on this device; survives reloads and works offline once signed in. */
class SessionState {
  current = $state<Session | null>(loadSession());
  /** Why this device was signed out (account disabled or deleted), shown on the sign-in page. */
  notice = $state<MessageKey | null>(null);

  async signIn(login: string, password: string): Promise<MessageKey | null> {
    const result = await requestLogin(login, password);
    if (!result.ok) return result.error;
    this.notice = null;
    saveSession(result.session);
    this.current = result.session;
    return null;
  }

  signOut(notice?: MessageKey): void {
    this.notice = notice ?? null;
    saveSession(null);
    this.current = null;
  }
}

export const session = new SessionState();
