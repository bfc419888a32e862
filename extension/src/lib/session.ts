import {
  PERMISSIONS,
  isId,
  type AccountId,
  type BuyerId,
  type CompanyId,
  type LoginAnswer,
  type Permission,
  type Principal,
} from '@fairdesk/shared';
import { normalizeServerUrl } from './urls.ts';

/** What `chrome.storage.local` holds under `session` while someone is signed in. */
export interface Session {
  server: string;
  token: string;
  account: LoginAnswer['account'];
}

/** Why the last session ended: the options page and popup say so, the background acts on it. */
export interface SessionEnd {
  reason: 'signedOut' | 'expired';
  at: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const ROLES = ['main', 'sub', 'buyer'] as const;

/** Reads a login answer's account; anything malformed is null, never half-trusted. */
export function parseAccount(v: unknown): LoginAnswer['account'] | null {
  if (!isRecord(v)) return null;
  const { id, companyId, role, name, permissions } = v;
  if (!isId(id) || typeof name !== 'string') return null;
  if (!ROLES.some((r) => r === role)) return null;
  if (companyId !== null && !isId(companyId)) return null;
  if (role !== 'buyer' && companyId === null) return null;
  const perms = Array.isArray(permissions) ? permissions.filter((p): p is Permission => PERMISSIONS.some((q) => q === p)) : [];
  return { id, companyId, role: role as LoginAnswer['account']['role'], name, permissions: perms };
}

export function parseLoginAnswer(v: unknown): LoginAnswer | null {
  if (!isRecord(v) || typeof v.token !== 'string' || v.token === '') return null;
  const account = parseAccount(v.account);
  return account ? { token: v.token, account } : null;
}

export function parseSession(v: unknown): Session | null {
  if (!isRecord(v) || typeof v.server !== 'string') return null;
  const server = normalizeServerUrl(v.server);
  const answer = parseLoginAnswer(v);
  return server && answer ? { server, ...answer } : null;
}

export function parseSessionEnd(v: unknown): SessionEnd | null {
  if (!isRecord(v) || (v.reason !== 'signedOut' && v.reason !== 'expired')) return null;
  return { reason: v.reason, at: typeof v.at === 'number' ? v.at : 0 };
}

/** The principal whose docs the extension keeps; the server decides again from the token. */
export function principalOf(account: LoginAnswer['account']): Principal {
  if (account.role === 'buyer') return { kind: 'buyer', id: account.id as BuyerId };
  return {
    kind: 'account',
    id: account.id as AccountId,
    companyId: (account.companyId ?? '') as CompanyId,
    role: account.role,
    permissions: account.permissions,
  };
}

/** Two sessions that would open the same docs the same way. */
export function sameSession(a: Session | null, b: Session | null): boolean {
  if (!a || !b) return a === b;
  return a.server === b.server && a.token === b.token && a.account.id === b.account.id;
}

/** Whose local copy the extension's IndexedDB holds: a different owner starts from empty. */
export function ownerOf(s: Session): string {
  return `${s.server} ${s.account.id}`;
}
