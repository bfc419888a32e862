import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token says: whose it is, until when, and which token version of the account it carries. */
export interface TokenClaims {
  accountId: string;
  version: number;
  /** Unix seconds. */
  expiresAt: number;
}

const MAX_TOKEN_LENGTH = 1024;
const TOKEN_PATTERN = /^v1\.([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{43})$/;

/**
 * Stateless signed tokens: `v1.<claims>.<HMAC-SHA256>`. Revocation needs no session table:
 * bumping the account's token version makes every token issued before it stale.
 */
export class TokenSigner {
  constructor(
    private readonly secret: Buffer,
    private readonly ttlSeconds: number,
  ) {}

  issue(accountId: string, version: number, nowSeconds = Math.floor(Date.now() / 1000)): string {
    const claims = { a: accountId, v: version, e: nowSeconds + this.ttlSeconds };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `v1.${body}.${this.sign(body)}`;
  }

  /** The claims of a token with a good signature, expired or not; null for anything else. */
  read(token: string): TokenClaims | null {
    if (token.length > MAX_TOKEN_LENGTH) return null;
    const match = TOKEN_PATTERN.exec(token);
    if (!match) return null;
    const [, body, signature] = match;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const raw: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      if (typeof raw !== 'object' || raw === null) return null;
      const { a, v, e } = raw as Record<string, unknown>;
      if (typeof a !== 'string' || !Number.isInteger(v) || !Number.isInteger(e)) return null;
      return { accountId: a, version: v as number, expiresAt: e as number };
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(`fairdesk-token.${body}`).digest('base64url');
  }
}
