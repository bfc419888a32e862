import { describe, expect, it } from 'vitest';
import { BADGES, readCompany } from './company.ts';

const company = {
  id: 'co-1',
  nameZh: '广州陶瓷有限公司',
  nameEn: 'Guangzhou Ceramics Ltd.',
  vip: true,
  brand: false,
  badges: ['newExhibitor', 'aeo'],
  sections: [
    { id: 'sec-1', nameZh: '日用陶瓷', nameEn: 'Household ceramics' },
    { id: 'sec-2', nameZh: '餐厨用具', nameEn: 'Kitchenware' },
  ],
};

function errorsOf(input: unknown) {
  const r = readCompany(input);
  return r.ok ? [] : r.errors;
}

describe('readCompany (R0.3)', () => {
  it('reads a complete company unchanged', () => {
    expect(readCompany(company)).toEqual({ ok: true, value: company });
  });

  it('defaults the optional fields', () => {
    expect(readCompany({ id: 'co-1', nameZh: '公司' })).toEqual({
      ok: true,
      value: { id: 'co-1', nameZh: '公司', nameEn: '', vip: false, brand: false, badges: [], sections: [] },
    });
  });

  it('id and Chinese name are required', () => {
    expect(errorsOf({ nameEn: 'X' })).toEqual([
      { field: 'id', code: 'error.required' },
      { field: 'nameZh', code: 'error.required' },
    ]);
  });

  it('trims names', () => {
    const r = readCompany({ ...company, nameZh: ' 公司 ', nameEn: ' Co ' });
    expect(r.ok && [r.value.nameZh, r.value.nameEn]).toEqual(['公司', 'Co']);
  });

  it.each([
    ['id', 64],
    ['nameZh', 200],
    ['nameEn', 200],
  ])('%s allows %i characters and no more', (field, max) => {
    expect(readCompany({ ...company, [field]: 'x'.repeat(max) }).ok).toBe(true);
    expect(errorsOf({ ...company, [field]: 'x'.repeat(max + 1) })).toEqual([{ field, code: 'error.tooLong' }]);
  });

  it('accepts every badge and nothing else', () => {
    const r = readCompany({ ...company, badges: [...BADGES] });
    expect(r.ok && r.value.badges).toEqual([...BADGES]);
    expect(errorsOf({ ...company, badges: ['aeo', 'famous'] })).toEqual([{ field: 'badges', code: 'error.invalid' }]);
    expect(errorsOf({ ...company, badges: 'aeo' })).toEqual([{ field: 'badges', code: 'error.invalid' }]);
  });

  it.each(['vip', 'brand'])('%s must be a boolean', (field) => {
    expect(errorsOf({ ...company, [field]: 'true' })).toEqual([{ field, code: 'error.invalid' }]);
  });

  describe('sections', () => {
    it('trims section names and defaults a missing name to empty', () => {
      const r = readCompany({ ...company, sections: [{ id: 'sec-1', nameZh: ' 陶瓷 ' }] });
      expect(r.ok && r.value.sections).toEqual([{ id: 'sec-1', nameZh: '陶瓷', nameEn: '' }]);
    });

    it.each([
      ['not an array', { id: 'sec-1' }],
      ['a string', 'sec-1'],
      ['an array with a non-record', [{ id: 'sec-1' }, 'sec-2']],
    ])('rejects sections that are %s', (_label, sections) => {
      expect(errorsOf({ ...company, sections })).toEqual([{ field: 'sections', code: 'error.invalid' }]);
    });

    it('a section needs an id, never the text "undefined"', () => {
      expect(errorsOf({ ...company, sections: [{ nameZh: '陶瓷' }] })).toEqual([{ field: 'sections.0.id', code: 'error.required' }]);
    });

    it('a section id must be a safe id', () => {
      expect(errorsOf({ ...company, sections: [company.sections[0], { id: 'a:b' }] })).toEqual([
        { field: 'sections.1.id', code: 'error.invalid' },
      ]);
      expect(errorsOf({ ...company, sections: [{ id: { x: 1 } }] })).toEqual([{ field: 'sections.0.id', code: 'error.invalid' }]);
    });

    it('section names are limited to 200 characters', () => {
      expect(errorsOf({ ...company, sections: [{ id: 's', nameEn: 'x'.repeat(201) }] })).toEqual([
        { field: 'sections.0.nameEn', code: 'error.tooLong' },
      ]);
    });

    it('at most 100 sections', () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}` }));
      expect(readCompany({ ...company, sections: many(100) }).ok).toBe(true);
      expect(errorsOf({ ...company, sections: many(101) })).toEqual([{ field: 'sections', code: 'error.invalid' }]);
    });
  });

  it('keeps HTML as plain text', () => {
    const html = '<b>Big</b> & <script>x()</script>';
    const r = readCompany({ ...company, nameEn: html });
    expect(r.ok && r.value.nameEn).toBe(html);
  });

  it.each([null, 'co-1', [company]])('rejects %j as a whole', (v) => {
    expect(readCompany(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });
});
