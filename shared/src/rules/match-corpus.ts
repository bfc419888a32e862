import type { Exhibit } from '../model/exhibit.ts';
import { tokenize } from './match-text.ts';

/**
 * The recommended exhibits as matching sees them (R1.8): each one's terms with the weight of the
 * best field they appear in, and how many exhibits hold each term. The score of an (intent,
 * exhibit) pair is defined here, once, for the index and the linear scan alike.
 */
export const MATCH_FIELDS = ['nameZh', 'nameEn', 'keywords', 'category', 'descriptionZh', 'descriptionEn', 'specs'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** How much a term says by the field it is in; descriptions are long and say many things. */
const FIELD_WEIGHTS: Record<MatchField, number> = {
  nameZh: 3,
  nameEn: 3,
  keywords: 2.5,
  category: 1.5,
  descriptionZh: 0.5,
  descriptionEn: 0.5,
  specs: 0.5,
};
const LEVELS = [3, 2.5, 1.5, 0.5];

/** Below this the text says too little (a few common words of a description): no match. */
export const MIN_TEXT_SCORE = 2.5;

export type MatchableExhibit = Pick<Exhibit, MatchField | 'sectionId'> & { key: string; completeness: number };

export interface CorpusEntry {
  exhibit: MatchableExhibit;
  fieldTokens: Record<MatchField, string[]>;
  /** term → the weight of the best field it appears in. */
  terms: Map<string, number>;
  /** What completeness (R1.2) multiplies the text score by: 0.6 for an empty exhibit to 1 for a full one. */
  complete: number;
  category: string;
}

/** An intent's terms and what it asks for besides the text. */
export interface PreparedQuery {
  terms: [string, number][];
  sectionId: string;
  category: string;
}

/** A query's terms weighed for this corpus: weight × rarity, and the most any exhibit can get from each; largest first. */
export interface WeighedTerm {
  term: string;
  weight: number;
  bound: number;
}

export class MatchCorpus {
  private readonly entries = new Map<string, CorpusEntry>();
  /** term → how many exhibits have it with each best-field weight of LEVELS. */
  private readonly counts = new Map<string, number[]>();

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  entry(key: string): CorpusEntry | undefined {
    return this.entries.get(key);
  }

  values(): IterableIterator<CorpusEntry> {
    return this.entries.values();
  }

  put(exhibit: MatchableExhibit): CorpusEntry {
    this.remove(exhibit.key);
    const fieldTokens = Object.fromEntries(MATCH_FIELDS.map((f) => [f, tokenize(exhibit[f])])) as Record<MatchField, string[]>;
    const terms = new Map<string, number>();
    for (const f of MATCH_FIELDS) {
      for (const t of fieldTokens[f]) if (FIELD_WEIGHTS[f] > (terms.get(t) ?? 0)) terms.set(t, FIELD_WEIGHTS[f]);
    }
    for (const [t, w] of terms) this.count(t, w, 1);
    const entry = {
      exhibit,
      fieldTokens,
      terms,
      complete: 0.6 + (0.4 * Math.min(100, Math.max(0, exhibit.completeness))) / 100,
      category: exhibit.category.trim().toLowerCase(),
    };
    this.entries.set(exhibit.key, entry);
    return entry;
  }

  remove(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    for (const [t, w] of entry.terms) this.count(t, w, -1);
    this.entries.delete(key);
    return true;
  }

  /** Rarer terms say more: 1 for a term every exhibit has, growing as it gets rarer. */
  idf(term: string): number {
    const df = this.counts.get(term)?.reduce((a, b) => a + b, 0);
    return df ? 1 + Math.log(this.entries.size / df) : 0;
  }

  weigh(q: PreparedQuery): WeighedTerm[] {
    const out: WeighedTerm[] = [];
    for (const [term, w] of q.terms) {
      const counts = this.counts.get(term);
      if (!counts) continue;
      const weight = w * this.idf(term);
      out.push({ term, weight, bound: weight * LEVELS[counts.findIndex((n) => n > 0)] });
    }
    // One order for every caller, so the index and the linear scan add up the same floats.
    return out.sort((a, b) => b.bound - a.bound || (a.term < b.term ? -1 : 1));
  }

  /** The most the section and category can multiply a text score by for this query. */
  static maxBoost(q: PreparedQuery): number {
    return (q.sectionId ? 1.5 : 1) * (q.category ? 1.3 : 1);
  }

  /** The score of one pair; 0 when the text does not match well enough. */
  score(q: PreparedQuery, weighed: WeighedTerm[], entry: CorpusEntry): number {
    let text = 0;
    for (const t of weighed) {
      const field = entry.terms.get(t.term);
      if (field) text += t.weight * field;
    }
    if (text < MIN_TEXT_SCORE) return 0;
    const section = q.sectionId && q.sectionId === entry.exhibit.sectionId ? 1.5 : 1;
    const category = entry.category;
    const sameCategory = q.category && category && (category.includes(q.category) || q.category.includes(category));
    return text * entry.complete * section * (sameCategory ? 1.3 : 1);
  }

  private count(term: string, weight: number, by: number): void {
    const counts = this.counts.get(term) ?? [0, 0, 0, 0];
    counts[LEVELS.indexOf(weight)] += by;
    if (counts.some((n) => n > 0)) this.counts.set(term, counts);
    else this.counts.delete(term);
  }
}
