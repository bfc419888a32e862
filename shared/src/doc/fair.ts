import type * as Y from 'yjs';
import type { MessageKey } from '../i18n/keys.ts';
import type { QuotaState } from '../rules/quota.ts';

/**
 * `co:{cid}:fair`: what the fair (the agent) says to the whole company — read by every account
 * of it, written by the agent only. Holds the recommendation quota and what is spent (R1.5),
 * each exhibit's recommended count (R1.7), the fair's bans, and notices such as a listing the
 * agent had to undo because the 2,500 cap was reached.
 */
export function quotaMap(doc: Y.Doc): Y.Map<number> {
  return doc.getMap('quota');
}

export function readQuota(doc: Y.Doc): QuotaState {
  const m = quotaMap(doc);
  return { total: Number(m.get('total')) || 0, spent: Number(m.get('spent')) || 0 };
}

export function writeQuota(doc: Y.Doc, q: QuotaState): void {
  doc.transact(() => {
    const m = quotaMap(doc);
    if (m.get('total') !== q.total) m.set('total', q.total);
    if (m.get('spent') !== q.spent) m.set('spent', q.spent);
  });
}

/** exhibit id → how many times it has been recommended (已推荐次数). */
export function recommendedMap(doc: Y.Doc): Y.Map<number> {
  return doc.getMap('recommended');
}

export function recommendedCount(doc: Y.Doc, exhibitId: string): number {
  return Number(recommendedMap(doc).get(exhibitId)) || 0;
}

/** exhibit id → true for exhibits the fair has banned (已封禁); only the fair lifts a ban. */
export function bansMap(doc: Y.Doc): Y.Map<boolean> {
  return doc.getMap('bans');
}

export interface FairNotice {
  id: string;
  at: number;
  key: MessageKey;
  exhibitIds: string[];
}

export function noticesArray(doc: Y.Doc): Y.Array<FairNotice> {
  return doc.getArray('notices');
}
