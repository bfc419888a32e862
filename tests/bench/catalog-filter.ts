/**
 * Filter + text search over a 2,500-exhibit catalogue, as the app's list does it on every
 * keystroke (shared/src/rules/catalog-filter.ts: four faceted counts, search over both languages,
 * sort, one page), beside a plain Array.filter over the same objects (TARGETS.md: ≤ 2× and within
 * one 16 ms frame). "Cold" gives the filter fresh objects, as after the store re-reads its rows.
 */
import * as Y from 'yjs';
import { readExhibits, type Exhibit } from '@fairdesk/shared';
import { defaultCatalogQuery, filterCatalog, type CatalogQuery } from '@fairdesk/shared/rules/catalog-filter';
import { buildCatalogue } from './catalogue.ts';

const ROUNDS = 30;
const QUERIES: Partial<CatalogQuery>[] = [
  { search: 'hydraulic pump' },
  { search: '液压' },
  { status: 'listed', section: 'sec-power', search: 'cnc' },
  { search: 'no such exhibit anywhere' },
];

/** What a person would write without the module: filter on status, section and the text. */
function plainFilter(exhibits: Exhibit[], q: CatalogQuery): Exhibit[] {
  const terms = q.search.toLowerCase().split(/\s+/).filter(Boolean);
  return exhibits.filter(
    (e) =>
      (q.status === 'all' || e.status === q.status) &&
      (q.section === 'all' || e.sectionId === q.section) &&
      terms.every((t) =>
        [e.nameZh, e.nameEn, e.code, e.keywords, e.category, e.descriptionZh, e.descriptionEn].some((f) => f.toLowerCase().includes(t)),
      ),
  );
}

function medianMs(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export interface FilterRow {
  name: string;
  ours: number;
  reference: number;
  target: string;
}

export function measureCatalogFilter(count = 2500): FilterRow[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, buildCatalogue(count));
  const exhibits = readExhibits(doc);
  doc.destroy();
  const queries = QUERIES.map((q) => ({ ...defaultCatalogQuery(), ...q }));
  for (const q of queries) {
    const ours = filterCatalog(exhibits, { ...q, pageSize: count }).total;
    if (ours !== plainFilter(exhibits, q).length) throw new Error(`filter and plain filter disagree on ${JSON.stringify(q)}`);
  }
  const all = (fn: (q: CatalogQuery) => unknown) => () => queries.forEach(fn);
  const reference = medianMs(all((q) => plainFilter(exhibits, q)));
  const warm = medianMs(all((q) => filterCatalog(exhibits, q)));
  const cold = medianMs(all((q) => filterCatalog(exhibits.map((e) => ({ ...e })), q)));
  const copying = medianMs(() => queries.forEach(() => exhibits.map((e) => ({ ...e }))));
  const per = (ms: number) => ms / queries.length;
  return [
    { name: `filter + search ${count} exhibits with counts, sort and a page (per query, median of ${ROUNDS})`, ours: per(warm), reference: per(reference), target: '≤ 2× (ratio ≥ 0.5×), < 16 ms' },
    { name: `  the same on fresh row objects, as after each store update`, ours: per(cold - copying), reference: per(reference), target: '< 16 ms' },
  ];
}
