import type { AccountRecord, AccountStore } from './account-store.ts';
import { MAX_PASSWORD_LENGTH, UNKNOWN_ACCOUNT_HASH, hashPassword, verifyPassword } from './passwords.ts';
import type { TokenClaims, TokenSigner } from './tokens.ts';

export type TokenProblem = 'missing' | 'invalid' | 'expired' | 'revoked' | 'disabled';

export type Verified = { ok: true; account: AccountRecord; claims: TokenClaims } | { ok: false; problem: TokenProblem };

export type LoginResult =
  | { ok: true; account: AccountRecord; token: string }
  | { ok: false; problem: 'failed' | 'disabled' };

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** Logins and token checks: the one place that decides who a request or socket belongs to. */
export class Sessions {
  constructor(
    private readonly accounts: AccountStore,
    private readonly signer: TokenSigner,
  ) {}

  async login(login: string, password: string): Promise<LoginResult> {
    const account = login.length <= 200 ? this.accounts.byLogin(login) : null;
    const good = password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH));
    if (!account || !good) return { ok: false, problem: 'failed' };
    // Only someone who knows the password learns that the account is disabled.
    if (account.disabled) return { ok: false, problem: 'disabled' };
    return { ok: true, account, token: this.signer.issue(account.id, account.tokenVersion) };
  }

  /** Checks a token against the account as it is now in the database. */
  verify(token: string | null | undefined, now = nowSeconds()): Verified {
    if (!token) return { ok: false, problem: 'missing' };
    const claims = this.signer.read(token);
    if (!claims) return { ok: false, problem: 'invalid' };
    return this.recheck(claims, now);
  }

  /** The same check for a token read earlier (a live socket's), without re-parsing it. */
  recheck(claims: TokenClaims, now = nowSeconds()): Verified {
    if (claims.expiresAt <= now) return { ok: false, problem: 'expired' };
    const account = this.accounts.byId(claims.accountId);
    if (!account) return { ok: false, problem: 'invalid' };
    // Disabled first: a device signed out by disabling learns why, even though its token was revoked too.
    if (account.disabled) return { ok: false, problem: 'disabled' };
    if (account.tokenVersion !== claims.version) return { ok: false, problem: 'revoked' };
    return { ok: true, account, claims };
  }

  static hashPassword(password: string): Promise<string> {
    return hashPassword(password);
  }
}
