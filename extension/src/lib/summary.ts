import type { Role } from '@fairdesk/shared';

/** online: all docs synced; pending: local changes not yet sent; connecting: first attempt. */
export const SYNC_STATES = ['online', 'offline', 'connecting', 'pending'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/**
 * What the background writes to `chrome.storage.local` under `summary` for the popup.
 * `companyName` is the company's Chinese name (English when there is none), `companyNameEn`
 * the English one (Chinese when none); both '' until the profile doc has arrived.
 * `listedCount` is null for a buyer, who has no catalogue.
 */
export interface Summary {
  accountId: string;
  accountName: string;
  role: Role;
  companyName: string;
  companyNameEn: string;
  sync: SyncState;
  listedCount: number | null;
  updatedAt: number;
}

/** The summary read back from storage; a malformed one is treated as absent. */
export function parseSummary(v: unknown): Summary | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Record<string, unknown>;
  const text = (k: string): string | null => (typeof s[k] === 'string' ? (s[k] as string) : null);
  const role = s.role === 'main' || s.role === 'sub' || s.role === 'buyer' ? s.role : null;
  const sync = SYNC_STATES.find((x) => x === s.sync) ?? null;
  const count = s.listedCount === null || (typeof s.listedCount === 'number' && s.listedCount >= 0) ? s.listedCount : undefined;
  const [accountId, accountName, companyName, companyNameEn] = ['accountId', 'accountName', 'companyName', 'companyNameEn'].map(text);
  if (accountId === null || accountName === null || companyName === null || companyNameEn === null) return null;
  if (!role || !sync || count === undefined || typeof s.updatedAt !== 'number') return null;
  return { accountId, accountName, role, companyName, companyNameEn, sync, listedCount: count, updatedAt: s.updatedAt };
}

/** The company name for the language shown. */
export function companyNameFor(s: Pick<Summary, 'companyName' | 'companyNameEn'>, locale: string): string {
  return locale.startsWith('zh') ? s.companyName : s.companyNameEn;
}
