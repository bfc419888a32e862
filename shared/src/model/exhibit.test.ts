import { describe, expect, it } from 'vitest';
import {
  CF_AWARD_STATUSES,
  DISPLAY_STATUSES,
  EXHIBIT_GROUPS,
  EXHIBIT_TEXT_FIELDS,
  blankExhibit,
  compareExhibits,
  exhibitName,
  readExhibitInput,
  type Exhibit,
} from './exhibit.ts';
import type { ExhibitId } from './ids.ts';

const full = {
  code: 'CF-001',
  nameZh: '陶瓷茶杯',
  nameEn: 'Ceramic tea cup',
  sectionId: 'sec-ceramics',
  category: 'Tableware',
  keywords: 'cup, tea, ceramic',
  descriptionZh: '高温烧制',
  descriptionEn: 'Fired at high temperature',
  specs: '250 ml',
  price: 'USD 1.20',
  moq: 500,
  moqUnit: 'pcs',
  origin: 'Jingdezhen',
  imageIds: ['img1', 'img2'],
  cfAward: 'pending',
  status: 'listed',
  groups: ['hot', 'recommended'],
  order: 3,
  pinned: true,
  salespersonIds: ['acc-1'],
};

const limits: Record<(typeof EXHIBIT_TEXT_FIELDS)[number], number> = {
  code: 64,
  nameZh: 200,
  nameEn: 200,
  category: 100,
  keywords: 300,
  descriptionZh: 5000,
  descriptionEn: 5000,
  specs: 2000,
  price: 100,
  moqUnit: 20,
  origin: 100,
};

function errorsOf(input: unknown) {
  const r = readExhibitInput(input);
  return r.ok ? [] : r.errors;
}

describe('readExhibitInput', () => {
  it('reads a fully filled exhibit unchanged', () => {
    expect(readExhibitInput(full)).toEqual({ ok: true, value: full });
  });

  it('fills defaults for everything but a name', () => {
    expect(readExhibitInput({ nameEn: 'Cup' })).toEqual({ ok: true, value: { ...blankExhibit(), nameEn: 'Cup' } });
  });

  it('blankExhibit has the documented defaults', () => {
    const b = blankExhibit();
    expect(b.status).toBe('unlisted');
    expect(b.cfAward).toBe('none');
    expect(b.moq).toBe(0);
    expect(b.pinned).toBe(false);
    expect(b.groups).toEqual([]);
    expect(blankExhibit()).not.toBe(b);
  });

  it('needs a name in at least one language', () => {
    expect(errorsOf({})).toEqual([{ field: 'nameZh', code: 'error.nameRequired' }]);
    expect(errorsOf({ nameZh: '   ', nameEn: '' })).toEqual([{ field: 'nameZh', code: 'error.nameRequired' }]);
    expect(readExhibitInput({ nameZh: '杯' }).ok).toBe(true);
    expect(readExhibitInput({ nameEn: 'Cup' }).ok).toBe(true);
  });

  it('trims every text field', () => {
    const r = readExhibitInput({ ...full, nameZh: '  陶瓷茶杯 ', code: '\tCF-001\n', keywords: ' a ' });
    expect(r.ok && r.value).toMatchObject({ nameZh: '陶瓷茶杯', code: 'CF-001', keywords: 'a' });
  });

  it.each(EXHIBIT_TEXT_FIELDS.map((f) => [f, limits[f]] as const))('%s allows %i characters and no more', (field, max) => {
    expect(readExhibitInput({ ...full, [field]: 'x'.repeat(max) }).ok).toBe(true);
    expect(errorsOf({ ...full, [field]: 'x'.repeat(max + 1) })).toContainEqual({ field, code: 'error.tooLong' });
  });

  it('limits the section id to 64 characters', () => {
    expect(errorsOf({ ...full, sectionId: 's'.repeat(65) })).toEqual([{ field: 'sectionId', code: 'error.tooLong' }]);
  });

  it.each(EXHIBIT_TEXT_FIELDS)('%s rejects a non-text value', (field) => {
    expect(errorsOf({ ...full, [field]: { text: 'x' } })).toContainEqual({ field, code: 'error.invalid' });
  });

  it('keeps HTML and script text as plain text, not stripped or escaped', () => {
    const evil = '<img src=x onerror="alert(1)"> & <script>steal()</script>';
    const r = readExhibitInput({ ...full, nameEn: evil, descriptionEn: evil });
    expect(r.ok && r.value.nameEn).toBe(evil);
    expect(r.ok && r.value.descriptionEn).toBe(evil);
  });

  describe('moq and order', () => {
    it('read numeric text from an import row', () => {
      const r = readExhibitInput({ ...full, moq: ' 1000 ', order: '2' });
      expect(r.ok && [r.value.moq, r.value.order]).toEqual([1000, 2]);
    });

    it.each([
      ['moq', -1],
      ['moq', 1.5],
      ['moq', 1e9 + 1],
      ['moq', 'many'],
      ['moq', [5]],
      ['order', -1],
      ['order', 0.5],
      ['order', 1e6 + 1],
      ['order', true],
    ])('%s rejects %j', (field, v) => {
      expect(errorsOf({ ...full, [field]: v })).toEqual([{ field, code: 'error.number' }]);
    });

    it('accept their bounds', () => {
      expect(readExhibitInput({ ...full, moq: 0, order: 0 }).ok).toBe(true);
      expect(readExhibitInput({ ...full, moq: 1e9, order: 1e6 }).ok).toBe(true);
    });
  });

  describe('enums', () => {
    it.each(DISPLAY_STATUSES)('status %s is accepted', (s) => {
      expect(readExhibitInput({ ...full, status: s }).ok).toBe(true);
    });
    it.each(CF_AWARD_STATUSES)('cfAward %s is accepted', (s) => {
      expect(readExhibitInput({ ...full, cfAward: s }).ok).toBe(true);
    });
    it.each([
      ['status', 'published'],
      ['status', 'LISTED'],
      ['status', 1],
      ['cfAward', 'won'],
      ['cfAward', true],
    ])('%s rejects %j', (field, v) => {
      expect(errorsOf({ ...full, [field]: v })).toEqual([{ field, code: 'error.invalid' }]);
    });
    it('groups accept only the known groups', () => {
      const r = readExhibitInput({ ...full, groups: [...EXHIBIT_GROUPS] });
      expect(r.ok && r.value.groups).toEqual(['latest', 'hot', 'recommended']);
      expect(errorsOf({ ...full, groups: ['hot', 'cheap'] })).toEqual([{ field: 'groups', code: 'error.invalid' }]);
    });
  });

  describe('lists', () => {
    it.each(['imageIds', 'groups', 'salespersonIds'])('%s must be an array of strings', (field) => {
      expect(errorsOf({ ...full, [field]: 'hot' })).toEqual([{ field, code: 'error.invalid' }]);
      expect(errorsOf({ ...full, [field]: [1] })).toEqual([{ field, code: 'error.invalid' }]);
      expect(errorsOf({ ...full, [field]: { a: 'hot' } })).toEqual([{ field, code: 'error.invalid' }]);
    });

    it('at most 20 images', () => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => `img${i}`);
      expect(readExhibitInput({ ...full, imageIds: ids(20) }).ok).toBe(true);
      expect(errorsOf({ ...full, imageIds: ids(21) })).toEqual([{ field: 'imageIds', code: 'error.invalid' }]);
    });

    it('drops duplicate salespeople', () => {
      const r = readExhibitInput({ ...full, salespersonIds: ['a', 'b', 'a'] });
      expect(r.ok && r.value.salespersonIds).toEqual(['a', 'b']);
    });
  });

  it('pinned must be a boolean', () => {
    expect(errorsOf({ ...full, pinned: 'yes' })).toEqual([{ field: 'pinned', code: 'error.invalid' }]);
  });

  it.each([null, undefined, 'exhibit', 42, [full]])('rejects %j as a whole', (v) => {
    expect(readExhibitInput(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });

  it('reports every bad field at once', () => {
    const fields = errorsOf({ nameZh: 'x'.repeat(201), moq: -1, status: 'x', groups: 'x' }).map((e) => e.field);
    expect(fields.sort()).toEqual(['groups', 'moq', 'nameZh', 'status']);
  });

  it('ignores fields it does not know', () => {
    const r = readExhibitInput({ nameEn: 'Cup', id: 'forged', createdAt: 1, evil: '<x>' });
    expect(r.ok && Object.keys(r.value)).not.toContain('evil');
    expect(r.ok && Object.keys(r.value)).not.toContain('id');
  });
});

function exhibit(id: string, over: Partial<Exhibit>): Exhibit {
  return { ...blankExhibit(), nameEn: id, id: id as ExhibitId, createdAt: 0, updatedAt: 0, ...over };
}

describe('compareExhibits', () => {
  it('puts pinned first, then by display order ascending, then newest first', () => {
    const list = [
      exhibit('old-order0', { order: 0, createdAt: 100 }),
      exhibit('order2', { order: 2, createdAt: 900 }),
      exhibit('pinned-order5', { pinned: true, order: 5, createdAt: 1 }),
      exhibit('new-order0', { order: 0, createdAt: 500 }),
      exhibit('pinned-order1', { pinned: true, order: 1, createdAt: 1 }),
      exhibit('order1', { order: 1, createdAt: 50 }),
    ];
    expect([...list].sort(compareExhibits).map((e) => e.id)).toEqual([
      'pinned-order1',
      'pinned-order5',
      'new-order0',
      'old-order0',
      'order1',
      'order2',
    ]);
  });

  it('pinning beats display order and age', () => {
    const pinned = exhibit('p', { pinned: true, order: 999, createdAt: 0 });
    const other = exhibit('o', { order: 0, createdAt: 1e12 });
    expect(compareExhibits(pinned, other)).toBeLessThan(0);
    expect(compareExhibits(other, pinned)).toBeGreaterThan(0);
  });

  it('is 0 for equal keys', () => {
    expect(compareExhibits(exhibit('a', { createdAt: 5 }), exhibit('b', { createdAt: 5 }))).toBe(0);
  });
});

describe('exhibitName', () => {
  it('shows the locale’s language', () => {
    const e = { nameZh: '茶杯', nameEn: 'Tea cup' };
    expect(exhibitName(e, 'zh-CN')).toBe('茶杯');
    expect(exhibitName(e, 'en')).toBe('Tea cup');
  });

  it('falls back to the other language when the name is missing', () => {
    expect(exhibitName({ nameZh: '', nameEn: 'Tea cup' }, 'zh-CN')).toBe('Tea cup');
    expect(exhibitName({ nameZh: '茶杯', nameEn: '' }, 'en')).toBe('茶杯');
    expect(exhibitName({ nameZh: '', nameEn: '' }, 'en')).toBe('');
  });
});
