import { BUYER_TAGS, INTENT_PROGRESS, isRecord, type BuyerTag, type Card, type Intent } from '@fairdesk/shared';

export const INTENTS_PAGE_SIZE = 10;

/** The list's filters (R2.4): Beijing days `YYYY-MM-DD` (either may be empty) and a section. */
export interface IntentFilter {
  from: string;
  to: string;
  sectionId: string;
}

export const NO_FILTER: IntentFilter = { from: '', to: '', sectionId: '' };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a Beijing day starts (00:00 GMT+8), or null for anything not a date. */
export function beijingDayStart(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const at = Date.UTC(+m[1], +m[2] - 1, +m[3]) - 8 * 3600_000;
  return Number.isFinite(at) ? at : null;
}

function isCard(v: unknown): v is Card {
  return isRecord(v) && typeof v.id === 'string' && ['nameZh', 'nameEn', 'companyZh', 'companyEn', 'email'].every((k) => typeof v[k] === 'string');
}

/** An intent as the agent wrote it into a doc; anything malformed is left out, never shown half. */
export function readIntent(v: unknown): Intent | null {
  if (!isRecord(v)) return null;
  const strings = ['id', 'companyId', 'buyerId', 'buyerName', 'email', 'exhibitId', 'unit', 'description', 'assigneeId'];
  if (!strings.every((k) => typeof v[k] === 'string')) return null;
  if (typeof v.quantity !== 'number' || typeof v.createdAt !== 'number') return null;
  if (!INTENT_PROGRESS.includes(v.progress as Intent['progress'])) return null;
  const tags = Array.isArray(v.tags) ? v.tags.filter((t): t is BuyerTag => BUYER_TAGS.includes(t as BuyerTag)) : [];
  return { ...(v as unknown as Intent), tags, buyerCard: isCard(v.buyerCard) ? v.buyerCard : null };
}

/** Newest first; the time-based ids break ties the same way on every device. */
export function compareIntents(a: Intent, b: Intent): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Keeps the intents inside the Beijing days and the section; `sectionOf` reads the catalogue. */
export function filterIntents(intents: readonly Intent[], filter: IntentFilter, sectionOf: (exhibitId: string) => string): Intent[] {
  const from = beijingDayStart(filter.from);
  const toStart = beijingDayStart(filter.to);
  const to = toStart === null ? null : toStart + 24 * 3600_000;
  return intents.filter(
    (i) =>
      (from === null || i.createdAt >= from) &&
      (to === null || i.createdAt < to) &&
      (!filter.sectionId || sectionOf(i.exhibitId) === filter.sectionId),
  );
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / INTENTS_PAGE_SIZE));
}

export function pageOf<T>(items: readonly T[], page: number): T[] {
  const p = Math.min(Math.max(1, page), pageCount(items.length));
  return items.slice((p - 1) * INTENTS_PAGE_SIZE, p * INTENTS_PAGE_SIZE);
}
