import MiniSearch from 'minisearch';
import type { Exhibit } from '../model/exhibit.ts';
import { completenessScore } from './completeness.ts';
import { MATCH_FIELDS, MIN_TEXT_SCORE, MatchCorpus, type CorpusEntry, type MatchField, type MatchableExhibit, type PreparedQuery } from './match-corpus.ts';
import { queryTerms } from './match-text.ts';

export { MATCH_FIELDS, MIN_TEXT_SCORE, MatchCorpus, type MatchableExhibit, type PreparedQuery } from './match-corpus.ts';

/**
 * Matching a buyer's intent against recommended exhibits (R1.8, R6.2). The score of a pair
 * (match-corpus.ts): the intent's terms and their glossary translations found in the exhibit's
 * fields, weighed by field and rarity, boosted by the exhibit's completeness (R1.2) and a shared
 * section or category. `MatchIndex` asks minisearch which exhibits hold a term and scores only
 * those that can still reach the top; `linearMatches` scores every pair, the reference the tests
 * and the bench hold the index to.
 */
export const MATCH_TOP_N = 10;
const CATEGORY_QUERY_WEIGHT = 0.5;

export interface MatchIntent {
  text: string;
  sectionId: string;
  category: string;
}

export interface MatchResult {
  key: string;
  score: number;
}

export function matchableExhibit(key: string, e: Exhibit): MatchableExhibit {
  const { nameZh, nameEn, keywords, category, descriptionZh, descriptionEn, specs, sectionId } = e;
  return { key, nameZh, nameEn, keywords, category, descriptionZh, descriptionEn, specs, sectionId, completeness: completenessScore(e) };
}

export function prepareQuery(intent: MatchIntent): PreparedQuery {
  const extra = intent.category ? [{ text: intent.category, weight: CATEGORY_QUERY_WEIGHT }] : [];
  return { terms: [...queryTerms(intent.text, extra)], sectionId: intent.sectionId, category: intent.category.trim().toLowerCase() };
}

/** An intent, or one already prepared (the bench prepares once and times the two searches alone). */
export type MatchQuery = MatchIntent | PreparedQuery;

function prepared(query: MatchQuery): PreparedQuery {
  return 'terms' in query ? query : prepareQuery(query);
}

function byRank(a: MatchResult, b: MatchResult): number {
  return b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The reference: scores every exhibit of the corpus against the intent. */
export function linearMatches(corpus: MatchCorpus, query: MatchQuery, n = MATCH_TOP_N): MatchResult[] {
  const q = prepared(query);
  const weighed = corpus.weigh(q);
  const scored: MatchResult[] = [];
  for (const entry of corpus.values()) {
    const score = corpus.score(q, weighed, entry);
    if (score > 0) scored.push({ key: entry.exhibit.key, score });
  }
  return scored.sort(byRank).slice(0, n);
}

/** Keeps `top` the best n, best first. */
function insertRanked(top: MatchResult[], m: MatchResult, n: number): void {
  if (top.length === n && byRank(m, top[n - 1]) >= 0) return;
  let at = top.length;
  while (at > 0 && byRank(m, top[at - 1]) < 0) at--;
  top.splice(at, 0, m);
  if (top.length > n) top.pop();
}

/** The corpus with a minisearch index over the same fields. */
export class MatchIndex {
  readonly corpus = new MatchCorpus();
  private readonly search = new MiniSearch<CorpusEntry>({
    idField: 'key',
    fields: [...MATCH_FIELDS],
    extractField: (entry, field) => (field === 'key' ? entry.exhibit.key : entry.fieldTokens[field as MatchField].join(' ')),
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  });
  /** term → the exhibits holding it, as minisearch answered; forgotten whenever the corpus changes. */
  private readonly postings = new Map<string, CorpusEntry[]>();

  get size(): number {
    return this.corpus.size;
  }

  has(key: string): boolean {
    return this.corpus.has(key);
  }

  put(exhibit: MatchableExhibit): void {
    if (this.corpus.has(exhibit.key)) this.search.discard(exhibit.key);
    this.search.add(this.corpus.put(exhibit));
    this.postings.clear();
  }

  remove(key: string): void {
    if (this.corpus.remove(key)) this.search.discard(key);
    this.postings.clear();
  }

  /**
   * The top matches, exactly as `linearMatches` finds them. Terms are taken from the one that can
   * add most to the one that can add least (max-score pruning); once the terms left could not lift
   * an exhibit that has none of the earlier ones over the threshold, or into the top n, the
   * exhibits holding only those terms are not looked at.
   */
  match(query: MatchQuery, n = MATCH_TOP_N): MatchResult[] {
    const q = prepared(query);
    const weighed = this.corpus.weigh(q);
    const left = weighed.map((t) => t.bound);
    for (let i = left.length - 2; i >= 0; i--) left[i] += left[i + 1];
    const boost = MatchCorpus.maxBoost(q);
    const seen = new Set<CorpusEntry>();
    const top: MatchResult[] = [];
    for (let i = 0; i < weighed.length; i++) {
      if (left[i] < MIN_TEXT_SCORE || (top.length === n && left[i] * boost < top[n - 1].score)) break;
      for (const entry of this.holding(weighed[i].term)) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        // Holding none of the earlier terms, its text is at most left[i]: skip it if that cannot make the top.
        if (top.length === n && left[i] * boost * entry.complete < top[n - 1].score) continue;
        const score = this.corpus.score(q, weighed, entry);
        if (score > 0) insertRanked(top, { key: entry.exhibit.key, score }, n);
      }
    }
    return top;
  }

  /** One pair, for an exhibit just recommended against the intents already posted. */
  scoreOne(query: MatchQuery, key: string): number {
    const entry = this.corpus.entry(key);
    if (!entry) return 0;
    const q = prepared(query);
    return this.corpus.score(q, this.corpus.weigh(q), entry);
  }

  private holding(term: string): CorpusEntry[] {
    let entries = this.postings.get(term);
    if (!entries) {
      const found = this.search.search(term, { tokenize: (text) => [text], processTerm: (t) => t, prefix: false, fuzzy: false });
      entries = found.map((r) => this.corpus.entry(String(r.id))).filter((e): e is CorpusEntry => e !== undefined);
      this.postings.set(term, entries);
    }
    return entries;
  }
}
