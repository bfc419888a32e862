import type { MessageKey } from '@fairdesk/shared';
import { Workspace } from '../sync/workspace.ts';
import { checkSession, saveSession, syncUrl, type Session } from '../sync/session.ts';
import { SyncState } from '../state/sync.svelte.ts';
import { locale } from '../state/locale.svelte.ts';
import { session } from '../state/session.svelte.ts';
import { signedOutReason } from '../org/signed-out.ts';

/**
 * One signed-in session on this device, as the desk and the fair pages both open it: the
 * account's workspace and sync state, its language, and the way it ends. Signing out, or the
 * server no longer taking the token (a 4401 close, a 401 from /api/me), removes this device's
 * copy of the account's data and says why on the sign-in page.
 */
export class SignedIn {
  readonly workspace: Workspace;
  readonly sync: SyncState;
  private leaving = false;
  private stopWatch: () => void;

  /** `forget` removes what the shell kept beside the workspace (drafts, visited showrooms). */
  constructor(
    readonly current: Session,
    private readonly forget: () => Promise<void> | void = () => {},
  ) {
    locale.useAccount(current.account.id);
    this.workspace = new Workspace(current, syncUrl());
    this.sync = new SyncState(this.workspace);
    saveSession(current);
    this.stopWatch = this.workspace.onChange(() => {
      if (this.workspace.closedByServer === 4401) void this.revoked();
    });
    void checkSession(current.token).then((answer) => {
      if (answer === 'revoked') void this.revoked();
    });
  }

  private async revoked(): Promise<void> {
    if (!this.leaving) await this.end(await signedOutReason(this.current.token));
  }

  /** The sign-out button: asks first when this device holds work the server has not got. */
  requestSignOut(): void {
    if (!this.workspace.hasUnsentWork || confirm(locale.t('login.signOutUnsent'))) void this.end();
  }

  async end(reason?: MessageKey): Promise<void> {
    if (this.leaving) return;
    this.leaving = true;
    this.stopWatch();
    await Promise.all([this.workspace.purge(), this.forget()]);
    session.signOut(reason);
  }

  destroy(): void {
    locale.useAccount('');
    this.stopWatch();
    this.sync.destroy();
    if (!this.leaving) this.workspace.destroy();
  }
}
