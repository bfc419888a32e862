import { describe, expect, it } from 'vitest';
import { intentId, readIntentInput } from './intent.ts';
import { isId } from './ids.ts';

function errorsOf(input: unknown) {
  const r = readIntentInput(input);
  return r.ok ? [] : r.errors;
}

describe('readIntentInput', () => {
  const intent = { exhibitId: 'ex1', quantity: 1000, unit: 'pcs', description: 'Need 1000 ceramic cups, blue glaze' };

  it('reads a valid intent', () => {
    expect(readIntentInput(intent)).toEqual({ ok: true, value: intent });
  });

  it('the exhibit is optional and the quantity defaults to 1', () => {
    expect(readIntentInput({ unit: 'pcs', description: 'cups' })).toEqual({
      ok: true,
      value: { exhibitId: '', quantity: 1, unit: 'pcs', description: 'cups' },
    });
  });

  it('trims and reads a numeric string quantity', () => {
    const r = readIntentInput({ ...intent, unit: ' pcs ', description: '\n cups \n', quantity: ' 20 ' });
    expect(r.ok && r.value).toMatchObject({ unit: 'pcs', description: 'cups', quantity: 20 });
  });

  it('unit and description are required', () => {
    expect(errorsOf({ quantity: 2 })).toEqual([
      { field: 'unit', code: 'error.required' },
      { field: 'description', code: 'error.required' },
    ]);
    expect(errorsOf({ ...intent, description: '   ' })).toEqual([{ field: 'description', code: 'error.required' }]);
  });

  it.each([0, -5, 1.5, 1e9 + 1, 'lots', true, [3]])('rejects the quantity %j', (quantity) => {
    expect(errorsOf({ ...intent, quantity })).toEqual([{ field: 'quantity', code: 'error.number' }]);
  });

  it('accepts the quantity bounds 1 and 1e9', () => {
    expect(readIntentInput({ ...intent, quantity: 1 }).ok).toBe(true);
    expect(readIntentInput({ ...intent, quantity: 1e9 }).ok).toBe(true);
  });

  it.each([
    ['exhibitId', 64],
    ['unit', 20],
    ['description', 2000],
  ])('%s allows %i characters and no more', (field, max) => {
    expect(readIntentInput({ ...intent, [field]: 'x'.repeat(max) }).ok).toBe(true);
    expect(errorsOf({ ...intent, [field]: 'x'.repeat(max + 1) })).toEqual([{ field, code: 'error.tooLong' }]);
  });

  it.each(['exhibitId', 'unit', 'description'])('%s rejects a non-text value', (field) => {
    expect(errorsOf({ ...intent, [field]: { x: 1 } })).toContainEqual({ field, code: 'error.invalid' });
  });

  it('keeps HTML as plain text', () => {
    const html = '<script>alert(1)</script>';
    const r = readIntentInput({ ...intent, description: html });
    expect(r.ok && r.value.description).toBe(html);
  });

  it.each([null, 'x', [intent]])('rejects %j as a whole', (v) => {
    expect(readIntentInput(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });
});

/** A Beijing wall-clock time as a UTC instant (Beijing is UTC+8 with no daylight saving). */
const beijing = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) =>
  Date.UTC(y, mo - 1, d, h - 8, mi, s, ms);

describe('intentId (R2.5)', () => {
  it('is the Beijing date and time to the millisecond, then a 5-digit sequence', () => {
    // the guide's example 2021031215551622912100 was created 2021-03-12 15:55:16.229 Beijing
    const id = intentId(beijing(2021, 3, 12, 15, 55, 16, 229), 12);
    expect(id.startsWith('20210312155516229')).toBe(true);
    expect(id).toBe('2021031215551622900012');
    expect(intentId(beijing(2021, 3, 12, 15, 55, 16, 229), 12100)).toBe('2021031215551622912100');
    expect(id).toMatch(/^\d{22}$/);
    expect(isId(id)).toBe(true);
  });

  it('uses Beijing time, not UTC, across UTC midnight', () => {
    // 2021-03-12 17:30 UTC is already 2021-03-13 01:30 in Beijing
    expect(intentId(Date.UTC(2021, 2, 12, 17, 30, 0, 5), 0)).toBe('2021031301300000500000');
    // 2021-12-31 16:00 UTC is New Year in Beijing
    expect(intentId(Date.UTC(2021, 11, 31, 16, 0, 0, 0), 0)).toBe('2022010100000000000000');
    // 15:59:59.999 UTC is still the same Beijing day
    expect(intentId(Date.UTC(2021, 11, 31, 15, 59, 59, 999), 0)).toBe('2021123123595999900000');
  });

  it('pads every part to its width', () => {
    expect(intentId(beijing(2021, 1, 2, 3, 4, 5, 6), 7)).toBe('2021010203040500600007');
  });

  it('wraps the sequence at 100000', () => {
    const at = beijing(2021, 3, 12, 15, 55, 16, 229);
    expect(intentId(at, 99999).slice(17)).toBe('99999');
    expect(intentId(at, 100000).slice(17)).toBe('00000');
    expect(intentId(at, 123456).slice(17)).toBe('23456');
  });

  it('always ends in five digits, even for a bad sequence', () => {
    const at = beijing(2021, 3, 12, 15, 55, 16, 229);
    for (const seq of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -100001]) {
      expect(intentId(at, seq)).toMatch(/^20210312155516229\d{5}$/);
    }
    expect(intentId(at, -1).slice(17)).toBe('99999');
  });

  it('ids of later times sort after earlier ones as plain strings', () => {
    let t = Date.UTC(2020, 11, 31, 15, 59, 59, 990);
    const times: number[] = [];
    let seed = 7;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      t += 1 + (seed % 50_000_000); // up to ~14 hours apart, crossing days, months and a year
      times.push(t);
    }
    const ids = times.map((at, i) => intentId(at, i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('within one millisecond, a higher sequence sorts later', () => {
    const at = beijing(2021, 3, 12, 15, 55, 16, 229);
    expect(intentId(at, 1) < intentId(at, 2)).toBe(true);
    expect(intentId(at, 9) < intentId(at, 10)).toBe(true);
  });
});
