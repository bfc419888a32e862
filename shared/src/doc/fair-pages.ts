import type * as Y from 'yjs';
import type { Company } from '../model/company.ts';
import type { Exhibit } from '../model/exhibit.ts';
import type { FairIntent } from '../model/fair-intent.ts';

/**
 * The buyer's side (R6). `show:{cid}` is the public showroom the agent projects from the company's
 * docs; `buyer:{bid}` is the buyer's own (its fair intents and requests); `feed:{bid}` is what the
 * fair sends the buyer (matches per intent).
 */

/** A listed exhibit as the public sees it: no salespeople, no internal status. */
export type ShowExhibit = Pick<
  Exhibit,
  | 'id'
  | 'code'
  | 'nameZh'
  | 'nameEn'
  | 'sectionId'
  | 'category'
  | 'keywords'
  | 'descriptionZh'
  | 'descriptionEn'
  | 'specs'
  | 'price'
  | 'moq'
  | 'moqUnit'
  | 'origin'
  | 'imageIds'
  | 'groups'
  | 'order'
  | 'pinned'
> & { recommended: number };

export function showCompany(doc: Y.Doc): Y.Map<Company[keyof Company]> {
  return doc.getMap('company');
}

export function showExhibits(doc: Y.Doc): Y.Map<ShowExhibit> {
  return doc.getMap('exhibits');
}

/** Showroom order (R6.1): recommended exhibits first, then pinned, then display order. */
export function compareShowExhibits(a: ShowExhibit, b: ShowExhibit): number {
  if ((a.recommended > 0) !== (b.recommended > 0)) return a.recommended > 0 ? -1 : 1;
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return a.order - b.order;
}

export function buyerIntents(doc: Y.Doc): Y.Map<FairIntent> {
  return doc.getMap('intents');
}

/** One exhibit matched to a buyer's intent, as pushed to `feed:{bid}`. */
export interface FeedMatch {
  intentId: string;
  companyId: string;
  companyNameZh: string;
  companyNameEn: string;
  exhibitId: string;
  exhibitNameZh: string;
  exhibitNameEn: string;
  score: number;
  at: number;
}

/** intent id → its matches, best first. */
export function feedMatches(doc: Y.Doc): Y.Map<FeedMatch[]> {
  return doc.getMap('matches');
}
