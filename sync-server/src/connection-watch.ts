import { docAccess } from '@fairdesk/shared';
import { principalOf, type AccountStore } from './account-store.ts';
import { nowSeconds, type Sessions, type Verified } from './sessions.ts';
import { CLOSE, type SyncConnection } from './sync-connection.ts';

const SWEEP_MS = 500;
const PING_EVERY_SWEEPS = 60; // 30 s

/**
 * Keeps live sockets honest after they were let in: a token that expires, an account revoked,
 * disabled or whose rights changed (here or by another process writing the database) is acted
 * on within one sweep, i.e. under a second. Also pings peers and drops the dead ones.
 */
export class ConnectionWatch {
  private mark: string;
  private sweeps = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connections: Set<SyncConnection>,
    private readonly sessions: Sessions,
    private readonly accounts: AccountStore,
  ) {
    this.mark = accounts.changeMark();
  }

  start(): void {
    this.timer = setInterval(() => this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  sweep(): void {
    this.sweeps++;
    const now = nowSeconds();
    const mark = this.accounts.changeMark();
    const changed = mark !== this.mark;
    this.mark = mark;
    const checked = new Map<string, Verified>();
    const pingDue = this.sweeps % PING_EVERY_SWEEPS === 0;
    for (const connection of [...this.connections]) {
      if (this.sweeps % 10 === 0) connection.heartbeat(pingDue);
      const { claims } = connection;
      if (claims.expiresAt <= now) {
        connection.close(CLOSE.unauthenticated, 'unauthenticated: token expired');
        continue;
      }
      if (!changed) continue;
      const key = `${claims.accountId}/${claims.version}`;
      let verified = checked.get(key);
      if (!verified) {
        verified = this.sessions.recheck(claims, now);
        checked.set(key, verified);
      }
      if (!verified.ok) {
        connection.close(CLOSE.unauthenticated, `unauthenticated: token ${verified.problem}`);
        continue;
      }
      const access = docAccess(principalOf(verified.account), connection.ref);
      if (access === 'none') connection.close(CLOSE.forbidden, `forbidden: no access to ${connection.docName}`);
      else connection.access = access;
    }
  }
}
