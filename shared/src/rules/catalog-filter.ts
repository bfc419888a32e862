import { compareExhibits, type DisplayStatus, type Exhibit, type ExhibitGroup } from '../model/exhibit.ts';

/**
 * The catalogue list of 展品管理 (R1.3): four filters with live counts, a text search over both
 * languages, and pages. Pure, so the app, the bench and the tests run the same code.
 */
export type StatusFilter = DisplayStatus | 'all';
export type GroupFilter = ExhibitGroup | 'all';
export type SalespersonFilter = 'all' | 'yes' | 'no';

export interface CatalogQuery {
  status: StatusFilter;
  group: GroupFilter;
  /** A section id, or 'all'. */
  section: string;
  salesperson: SalespersonFilter;
  search: string;
  /** 1-based; clamped to the pages there are. */
  page: number;
  pageSize: number;
}

export const CATALOG_PAGE_SIZE = 20;

export function defaultCatalogQuery(): CatalogQuery {
  return { status: 'all', group: 'all', section: 'all', salesperson: 'all', search: '', page: 1, pageSize: CATALOG_PAGE_SIZE };
}

/**
 * Each filter's counts are what choosing that option would show, given every other filter and the
 * search: the counts beside 已上架 change as you pick a section or type, and never promise rows
 * that are not there.
 */
export interface CatalogCounts {
  status: Record<StatusFilter, number>;
  group: Record<GroupFilter, number>;
  /** Keyed by section id; 'all' for every section, '' for exhibits without one. */
  section: Record<string, number>;
  salesperson: Record<SalespersonFilter, number>;
}

export interface CatalogView {
  /** The rows of the page asked for, in display order (pinned first, then display order). */
  rows: Exhibit[];
  /** How many exhibits pass every filter and the search. */
  total: number;
  page: number;
  pages: number;
  counts: CatalogCounts;
}

/** The text an exhibit is found by: both languages, code, keywords, category and descriptions. */
const SEARCHED = ['nameZh', 'nameEn', 'code', 'keywords', 'category', 'descriptionZh', 'descriptionEn', 'specs', 'origin'] as const satisfies readonly (keyof Exhibit)[];

// Full-width ASCII forms and the ideographic space; NFKC is only worth its cost when one is there.
const FULL_WIDTH = /[\u3000\uFF01-\uFF5E]/;

/** Full-width letters and digits (ＣＮＣ) are the same as half-width ones; case never matters. */
export function normaliseSearchText(text: string): string {
  return (FULL_WIDTH.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

/**
 * The lowered text of each exhibit, by id, with the field values it was made from. The store hands
 * out new row objects after every change, so the cache is checked by content (cheap string
 * comparisons) rather than by object, and only a changed exhibit is lowered again.
 */
const textCache = new Map<string, { fields: string[]; text: string }>();

function searchText(e: Exhibit): string {
  const hit = textCache.get(e.id);
  if (hit && SEARCHED.every((f, i) => hit.fields[i] === e[f])) return hit.text;
  const fields = SEARCHED.map((f) => String(e[f] ?? ''));
  const text = normaliseSearchText(fields.join('\n'));
  textCache.set(e.id, { fields, text });
  return text;
}

/** The search's terms: words separated by spaces (half- or full-width), each must be found. */
export function searchTerms(search: string): string[] {
  return normaliseSearchText(search).split(/\s+/).filter(Boolean);
}

/** Whether an exhibit contains every term; Chinese is matched as a substring, so 挖掘 finds 挖掘机. */
export function matchesSearch(e: Exhibit, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = searchText(e);
  return terms.every((t) => text.includes(t));
}

function countKeys<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function filterCatalog(exhibits: readonly Exhibit[], query: CatalogQuery, sectionIds: readonly string[] = []): CatalogView {
  const terms = searchTerms(query.search);
  // Exhibits removed or from another catalogue: let the cache go rather than grow.
  if (textCache.size > 2 * exhibits.length + 1000) textCache.clear();
  const counts: CatalogCounts = {
    status: countKeys(['all', 'listed', 'unlisted', 'banned']),
    group: countKeys(['all', 'latest', 'hot', 'recommended']),
    section: countKeys(['all', '', ...sectionIds]),
    salesperson: countKeys(['all', 'yes', 'no']),
  };
  const matched: Exhibit[] = [];
  for (const e of exhibits) {
    if (!matchesSearch(e, terms)) continue;
    const hasSales = e.salespersonIds.length > 0;
    const okStatus = query.status === 'all' || e.status === query.status;
    const okGroup = query.group === 'all' || e.groups.includes(query.group);
    const okSection = query.section === 'all' || e.sectionId === query.section;
    const okSales = query.salesperson === 'all' || (query.salesperson === 'yes') === hasSales;
    // A facet counts an exhibit when every other facet lets it through.
    if (okGroup && okSection && okSales) {
      counts.status.all++;
      counts.status[e.status]++;
    }
    if (okStatus && okSection && okSales) {
      counts.group.all++;
      for (const g of new Set(e.groups)) counts.group[g]++;
    }
    if (okStatus && okGroup && okSales) {
      counts.section.all++;
      counts.section[e.sectionId] = (counts.section[e.sectionId] ?? 0) + 1;
    }
    if (okStatus && okGroup && okSection) {
      counts.salesperson.all++;
      counts.salesperson[hasSales ? 'yes' : 'no']++;
    }
    if (okStatus && okGroup && okSection && okSales) matched.push(e);
  }
  matched.sort(compareExhibits);
  const pageSize = Math.max(1, Math.floor(query.pageSize) || CATALOG_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(matched.length / pageSize));
  const page = Math.min(pages, Math.max(1, Math.floor(query.page) || 1));
  return { rows: matched.slice((page - 1) * pageSize, page * pageSize), total: matched.length, page, pages, counts };
}
