import { describe, expect, it } from 'vitest';
import { blankExhibit, type Exhibit, type ExhibitInput } from '../model/exhibit.ts';
import type { AccountId, ExhibitId, SectionId } from '../model/ids.ts';
import {
  CATALOG_PAGE_SIZE,
  defaultCatalogQuery,
  filterCatalog,
  matchesSearch,
  normaliseSearchText,
  searchTerms,
  type CatalogQuery,
} from './catalog-filter.ts';

let seq = 0;
function exhibit(fields: Partial<ExhibitInput> & { id?: string; createdAt?: number } = {}): Exhibit {
  seq++;
  const { id, createdAt, ...rest } = fields;
  return { ...blankExhibit(), nameZh: `展品${seq}`, ...rest, id: (id ?? `ex${seq}`) as ExhibitId, createdAt: createdAt ?? seq, updatedAt: seq };
}

const q = (over: Partial<CatalogQuery> = {}): CatalogQuery => ({ ...defaultCatalogQuery(), ...over });
const ids = (rows: Exhibit[]) => rows.map((r) => r.id);
const mach = 'sec-machinery' as SectionId;
const power = 'sec-power' as SectionId;
const sales = ['demo-sales-1' as AccountId];

const excavator = exhibit({
  id: 'excavator',
  nameZh: '履带式液压挖掘机',
  nameEn: 'Crawler Hydraulic EXCAVATOR',
  code: 'GDM-EX-220',
  keywords: 'crawler, 挖掘机',
  category: '工程机械 / Construction machinery',
  descriptionEn: 'For earthworks and quarries.',
  sectionId: mach,
  status: 'listed',
  groups: ['hot', 'recommended'],
  salespersonIds: sales,
});
const loader = exhibit({ id: 'loader', nameZh: '轮式装载机', nameEn: 'Wheel loader', sectionId: mach, status: 'unlisted', groups: ['latest'] });
const generator = exhibit({
  id: 'generator',
  nameZh: '柴油发电机组',
  nameEn: 'Diesel generator set',
  descriptionZh: '静音箱体，自动转换开关',
  sectionId: power,
  status: 'listed',
  groups: ['latest', 'recommended'],
  salespersonIds: sales,
});
const banned = exhibit({ id: 'banned', nameZh: '仿冒产品', sectionId: power, status: 'banned' });
const orphan = exhibit({ id: 'orphan', nameEn: 'Spare part kit', specs: 'M12 bolts', origin: 'Foshan', status: 'unlisted' });
const all = [excavator, loader, generator, banned, orphan];
const sections = [mach, power];

describe('filters', () => {
  it('shows everything with no filter, pinned first, then by display order, newest first among equals', () => {
    const a = exhibit({ order: 2 });
    const b = exhibit({ order: 1 });
    const c = exhibit({ order: 5, pinned: true });
    const d = exhibit({ order: 1, createdAt: 1e9 });
    expect(ids(filterCatalog([a, b, c, d], q()).rows)).toEqual([c.id, d.id, b.id, a.id]);
  });

  it.each([
    ['listed', ['excavator', 'generator']],
    ['unlisted', ['loader', 'orphan']],
    ['banned', ['banned']],
  ] as const)('by display status %s', (status, expected) => {
    expect(ids(filterCatalog(all, q({ status })).rows).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['latest', ['loader', 'generator']],
    ['hot', ['excavator']],
    ['recommended', ['excavator', 'generator']],
  ] as const)('by group %s', (group, expected) => {
    expect(ids(filterCatalog(all, q({ group })).rows).sort()).toEqual([...expected].sort());
  });

  it('by section, where an exhibit without a section is only under 全部', () => {
    expect(ids(filterCatalog(all, q({ section: mach })).rows).sort()).toEqual(['excavator', 'loader']);
    expect(ids(filterCatalog(all, q({ section: power })).rows).sort()).toEqual(['banned', 'generator']);
    expect(filterCatalog(all, q()).total).toBe(5);
  });

  it('by whether a salesperson is linked', () => {
    expect(ids(filterCatalog(all, q({ salesperson: 'yes' })).rows).sort()).toEqual(['excavator', 'generator']);
    expect(ids(filterCatalog(all, q({ salesperson: 'no' })).rows).sort()).toEqual(['banned', 'loader', 'orphan']);
  });

  it('combines every filter and the search', () => {
    const view = filterCatalog(all, q({ status: 'listed', group: 'recommended', section: power, salesperson: 'yes', search: '发电' }), sections);
    expect(ids(view.rows)).toEqual(['generator']);
    expect(filterCatalog(all, q({ status: 'listed', section: power, search: 'excavator' })).total).toBe(0);
  });
});

describe('live counts', () => {
  it('count each option with no other filter', () => {
    const { counts } = filterCatalog(all, q(), sections);
    expect(counts.status).toEqual({ all: 5, listed: 2, unlisted: 2, banned: 1 });
    expect(counts.group).toEqual({ all: 5, latest: 2, hot: 1, recommended: 2 });
    expect(counts.section).toEqual({ all: 5, '': 1, [mach]: 2, [power]: 2 });
    expect(counts.salesperson).toEqual({ all: 5, yes: 2, no: 3 });
  });

  it('follow the other filters and the search, but not their own choice', () => {
    const { counts } = filterCatalog(all, q({ status: 'listed', section: mach }), sections);
    // The status row counts within the machinery section, whatever status is chosen.
    expect(counts.status).toEqual({ all: 2, listed: 1, unlisted: 1, banned: 0 });
    // The section row counts listed exhibits.
    expect(counts.section).toEqual({ all: 2, '': 0, [mach]: 1, [power]: 1 });
    expect(counts.group).toEqual({ all: 1, latest: 0, hot: 1, recommended: 1 });
    expect(counts.salesperson).toEqual({ all: 1, yes: 1, no: 0 });

    const searched = filterCatalog(all, q({ search: 'loader' }), sections).counts;
    expect(searched.status).toEqual({ all: 1, listed: 0, unlisted: 1, banned: 0 });
  });

  it('agree with the rows: choosing an option shows exactly as many rows as its count said', () => {
    const base = q({ search: '机' });
    const { counts } = filterCatalog(all, base, sections);
    for (const status of ['all', 'listed', 'unlisted', 'banned'] as const) {
      expect(filterCatalog(all, { ...base, status }).total).toBe(counts.status[status]);
    }
    for (const group of ['all', 'latest', 'hot', 'recommended'] as const) {
      expect(filterCatalog(all, { ...base, group }).total).toBe(counts.group[group]);
    }
    for (const section of ['all', mach, power]) expect(filterCatalog(all, { ...base, section }).total).toBe(counts.section[section]);
  });

  it('count a group named twice in a merged record once', () => {
    const twice = exhibit({ groups: ['hot', 'hot'] });
    expect(filterCatalog([twice], q()).counts.group.hot).toBe(1);
  });

  it('count a section that the profile no longer lists under its id', () => {
    const gone = exhibit({ sectionId: 'sec-old' as SectionId });
    expect(filterCatalog([gone], q(), sections).counts.section['sec-old']).toBe(1);
  });
});

describe('search', () => {
  it.each([
    ['挖掘', ['excavator']],
    ['EXCAVATOR', ['excavator']],
    ['hydraulic', ['excavator']],
    ['gdm-ex', ['excavator']],
    ['quarries', ['excavator']],
    ['construction', ['excavator']],
    ['自动转换', ['generator']],
    ['m12', ['orphan']],
    ['foshan', ['orphan']],
    ['crawler 挖掘机', ['excavator']],
    ['loader 挖掘机', []],
    ['no such thing', []],
  ])('%s finds %j', (search, expected) => {
    expect(ids(filterCatalog(all, q({ search })).rows).sort()).toEqual([...expected].sort());
  });

  it('treats full-width letters and spaces like half-width ones', () => {
    expect(ids(filterCatalog(all, q({ search: 'ＥＸＣＡＶＡＴＯＲ' })).rows)).toEqual(['excavator']);
    expect(searchTerms('柴油　发电机')).toEqual(['柴油', '发电机']);
    expect(normaliseSearchText('ＧＤＭ')).toBe('gdm');
  });

  it('ignores blank input', () => {
    expect(searchTerms('   ')).toEqual([]);
    expect(filterCatalog(all, q({ search: '  ' })).total).toBe(5);
    expect(matchesSearch(loader, [])).toBe(true);
  });

  it('sees a changed exhibit as changed (rows are replaced, never mutated, by the store)', () => {
    const before = exhibit({ nameEn: 'Old name' });
    const after = { ...before, nameEn: 'New name' };
    expect(matchesSearch(before, ['old'])).toBe(true);
    expect(matchesSearch(after, ['old'])).toBe(false);
    expect(matchesSearch(after, ['new'])).toBe(true);
  });

  it('treats regular-expression characters as text', () => {
    const odd = exhibit({ nameEn: 'Valve (DN50) *special*' });
    expect(ids(filterCatalog([odd, loader], q({ search: '(dn50)' })).rows)).toEqual([odd.id]);
    expect(filterCatalog([odd, loader], q({ search: '.*' })).total).toBe(0);
  });
});

describe('pages', () => {
  const many = Array.from({ length: 45 }, (_, i) => exhibit({ order: i }));

  it('shows 20 a page and says how many pages there are', () => {
    const first = filterCatalog(many, q());
    expect(CATALOG_PAGE_SIZE).toBe(20);
    expect(first.rows).toHaveLength(20);
    expect(first.rows[0].order).toBe(0);
    expect(first.pages).toBe(3);
    expect(first.total).toBe(45);
    const last = filterCatalog(many, q({ page: 3 }));
    expect(last.rows.map((r) => r.order)).toEqual([40, 41, 42, 43, 44]);
  });

  it('clamps a page out of range to the nearest page', () => {
    expect(filterCatalog(many, q({ page: 99 })).page).toBe(3);
    expect(filterCatalog(many, q({ page: 0 })).page).toBe(1);
    expect(filterCatalog(many, q({ page: Number.NaN })).page).toBe(1);
    expect(filterCatalog(many, q({ page: 2.7 })).page).toBe(2);
  });

  it('has one empty page when nothing matches', () => {
    const view = filterCatalog(many, q({ search: 'nothing' }));
    expect(view).toMatchObject({ rows: [], total: 0, page: 1, pages: 1 });
  });

  it('pages after filtering, with the page size asked for', () => {
    const half = many.map((e, i) => ({ ...e, status: i % 2 ? ('listed' as const) : ('unlisted' as const) }));
    const view = filterCatalog(half, q({ status: 'listed', pageSize: 10, page: 3 }));
    expect(view.total).toBe(22);
    expect(view.pages).toBe(3);
    expect(view.rows.map((r) => r.order)).toEqual([41, 43]);
  });
});

describe('a big exhibitor', () => {
  it('filters 2,500 exhibits and gives the same rows as a plain filter', () => {
    const big = Array.from({ length: 2500 }, (_, i) =>
      exhibit({ order: i, nameEn: `Unit ${i} ${i % 7 ? 'pump' : 'valve'}`, status: i % 3 ? 'listed' : 'unlisted', sectionId: i % 2 ? mach : power }),
    );
    const view = filterCatalog(big, q({ status: 'listed', section: mach, search: 'valve', pageSize: 10_000 }));
    const plain = big.filter((e) => e.status === 'listed' && e.sectionId === mach && e.nameEn.toLowerCase().includes('valve'));
    expect(ids(view.rows)).toEqual(ids(plain));
  });
});
