import type * as Y from 'yjs';
import { MATCH_TOP_N, MatchIndex, matchableExhibit, prepareQuery, type PreparedQuery } from '@fairdesk/shared/rules/matching';
import {
  bansMap,
  buyerIntents,
  feedMatches,
  isId,
  newId,
  readFairIntentInput,
  recommendedCount,
  type Company,
  type Exhibit,
  type FeedMatch,
  type MatchLogEntry,
} from '@fairdesk/shared';
import type { DocHandle } from './doc-handle.ts';

/** A feed keeps at most this many matches per intent, best first. */
const MAX_FEED_MATCHES = 2 * MATCH_TOP_N;

interface Indexed {
  companyId: string;
  exhibitId: string;
  nameZh: string;
  nameEn: string;
  signature: string;
}

interface Buyer {
  buyer: DocHandle;
  feed: DocHandle;
}

export interface MatchingDeps {
  company(id: string): Company | null;
  logMatch(companyId: string, entry: MatchLogEntry): void;
  now(): number;
}

/**
 * Matching across the fair (R1.8, R6.2): one index over the recommended, listed, unbanned
 * exhibits of every company. A new intent in `buyer:{bid}` is matched once and its matches written
 * to `feed:{bid}`; an exhibit that becomes recommended is matched against the intents already
 * posted. Each pair is pushed once, and each push is logged in the company's 展品配对列表.
 */
export class FairMatching {
  private readonly index = new MatchIndex();
  private readonly indexed = new Map<string, Indexed>();
  private readonly buyers = new Map<string, Buyer>();
  private readonly queries = new Map<string, PreparedQuery>();

  constructor(private readonly deps: MatchingDeps) {}

  /** Brings a company's matchable exhibits into the index; with `push`, new ones go to posted intents. */
  syncCompany(companyId: string, exhibits: Exhibit[], fair: Y.Doc, push: boolean): void {
    const bans = bansMap(fair);
    const seen = new Set<string>();
    const added: string[] = [];
    for (const e of exhibits) {
      if (e.status !== 'listed' || bans.get(e.id) === true || recommendedCount(fair, e.id) <= 0) continue;
      const key = `${companyId}/${e.id}`;
      seen.add(key);
      const matchable = matchableExhibit(key, e);
      const signature = JSON.stringify(matchable);
      if (this.indexed.get(key)?.signature === signature) continue;
      if (!this.indexed.has(key)) added.push(key);
      this.index.put(matchable);
      this.indexed.set(key, { companyId, exhibitId: e.id, nameZh: e.nameZh, nameEn: e.nameEn, signature });
    }
    this.dropCompany(companyId, seen);
    if (push) for (const key of added) this.pushExhibit(key);
  }

  /** Takes the company's exhibits out of the index, except those in `keep`. */
  dropCompany(companyId: string, keep: ReadonlySet<string> = new Set()): void {
    for (const [key, x] of this.indexed) {
      if (x.companyId === companyId && !keep.has(key)) {
        this.index.remove(key);
        this.indexed.delete(key);
      }
    }
  }

  addBuyer(buyerId: string, buyer: DocHandle, feed: DocHandle): void {
    this.buyers.set(buyerId, { buyer, feed });
  }

  removeBuyer(buyerId: string): Buyer | undefined {
    const b = this.buyers.get(buyerId);
    this.buyers.delete(buyerId);
    return b;
  }

  /** Matches the buyer's intents that have no matches written yet. */
  matchNewIntents(buyerId: string): void {
    const b = this.buyers.get(buyerId);
    if (!b) return;
    const done = feedMatches(b.feed.doc);
    const found: FeedMatch[] = [];
    const ids: string[] = [];
    for (const intentId of buyerIntents(b.buyer.doc).keys()) {
      if (done.has(intentId)) continue;
      const q = this.query(buyerId, intentId, b.buyer.doc);
      if (!q) continue;
      ids.push(intentId);
      for (const m of this.index.match(q)) {
        const match = this.feedMatch(intentId, m.key, m.score);
        if (match) found.push(match);
      }
    }
    if (ids.length === 0) return;
    b.feed.write((doc) => {
      for (const id of ids) feedMatches(doc).set(id, found.filter((m) => m.intentId === id));
    });
    for (const m of found) this.log(buyerId, m);
  }

  /** Matches one exhibit, just recommended, against every intent already answered. */
  private pushExhibit(key: string): void {
    const x = this.indexed.get(key);
    if (!x) return;
    for (const [buyerId, b] of this.buyers) {
      const feed = feedMatches(b.feed.doc);
      const pushed: FeedMatch[] = [];
      for (const [intentId, current] of feed) {
        const q = this.query(buyerId, intentId, b.buyer.doc);
        if (!q || current.some((m) => m.companyId === x.companyId && m.exhibitId === x.exhibitId)) continue;
        const score = this.index.scoreOne(q, key);
        if (score <= 0 || (current.length >= MAX_FEED_MATCHES && score <= current[current.length - 1].score)) continue;
        const match = this.feedMatch(intentId, key, score);
        if (match) pushed.push(match);
      }
      if (pushed.length === 0) continue;
      b.feed.write((doc) => {
        for (const m of pushed) {
          const list = [...(feedMatches(doc).get(m.intentId) ?? []), m].sort((a, c) => c.score - a.score);
          feedMatches(doc).set(m.intentId, list.slice(0, MAX_FEED_MATCHES));
        }
      });
      for (const m of pushed) this.log(buyerId, m);
    }
  }

  /** An intent as matching reads it; invalid ones are ignored (the buyer's form refuses them first). */
  private query(buyerId: string, intentId: string, buyerDoc: Y.Doc): PreparedQuery | null {
    const cacheKey = `${buyerId}/${intentId}`;
    const cached = this.queries.get(cacheKey);
    if (cached) return cached;
    const parsed = isId(intentId) ? readFairIntentInput(buyerIntents(buyerDoc).get(intentId)) : null;
    if (!parsed?.ok) return null;
    const q = prepareQuery(parsed.value);
    this.queries.set(cacheKey, q);
    return q;
  }

  private feedMatch(intentId: string, key: string, score: number): FeedMatch | null {
    const x = this.indexed.get(key);
    const company = x && this.deps.company(x.companyId);
    if (!x || !company) return null;
    return {
      intentId,
      companyId: x.companyId,
      companyNameZh: company.nameZh,
      companyNameEn: company.nameEn,
      exhibitId: x.exhibitId,
      exhibitNameZh: x.nameZh,
      exhibitNameEn: x.nameEn,
      score: Math.round(score * 1000) / 1000,
      at: this.deps.now(),
    };
  }

  private log(buyerId: string, m: FeedMatch): void {
    this.deps.logMatch(m.companyId, {
      id: newId('ml'),
      at: m.at,
      exhibitId: m.exhibitId,
      exhibitNameZh: m.exhibitNameZh,
      exhibitNameEn: m.exhibitNameEn,
      buyerId,
      intentId: m.intentId,
    });
  }
}
