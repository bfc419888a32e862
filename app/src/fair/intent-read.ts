import * as Y from 'yjs';
import { isId, isRecord, type BuyerId, type FairIntent, type FeedMatch, type IntentId, type SectionId } from '@fairdesk/shared';

/** An intent as stored in `buyer:{bid}`; the buyer's own doc, but still read defensively. */
export function readFairIntent(id: string, v: unknown): FairIntent | null {
  if (!isId(id) || !isRecord(v) || typeof v.text !== 'string' || typeof v.at !== 'number') return null;
  return {
    id: id as IntentId,
    buyerId: str(v.buyerId) as BuyerId,
    text: v.text,
    sectionId: str(v.sectionId) as SectionId | '',
    category: str(v.category),
    quantity: typeof v.quantity === 'number' ? v.quantity : 0,
    unit: str(v.unit),
    at: v.at,
  };
}

/** One intent's matches from `feed:{bid}`, best first as the fair wrote them; bad entries dropped. */
export function readFeedMatches(value: unknown): FeedMatch[] {
  const v: unknown = value instanceof Y.Array ? value.toJSON() : value;
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).flatMap((m) =>
    isId(m.companyId) && typeof m.exhibitId === 'string'
      ? [
          {
            intentId: str(m.intentId),
            companyId: m.companyId,
            companyNameZh: str(m.companyNameZh),
            companyNameEn: str(m.companyNameEn),
            exhibitId: m.exhibitId,
            exhibitNameZh: str(m.exhibitNameZh),
            exhibitNameEn: str(m.exhibitNameEn),
            score: typeof m.score === 'number' ? m.score : 0,
            at: typeof m.at === 'number' ? m.at : 0,
          },
        ]
      : [],
  );
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
