import { describe, expect, it } from 'vitest';
import { Reader, fail, isRecord, ok } from './validate.ts';

const reader = (src: Record<string, unknown>) => new Reader(src);

describe('isRecord', () => {
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord({ a: 1 })).toBe(true);
    for (const v of [null, undefined, [], [1], 'x', 1, true, () => 1]) expect(isRecord(v)).toBe(false);
  });
});

describe('ok / fail', () => {
  it('build the two sides of a Result', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail([{ field: 'a', code: 'error.invalid' }])).toEqual({ ok: false, errors: [{ field: 'a', code: 'error.invalid' }] });
  });
});

describe('Reader.text', () => {
  it('trims and returns the text', () => {
    const r = reader({ a: '  tea cup \n' });
    expect(r.text('a')).toBe('tea cup');
    expect(r.errors).toEqual([]);
  });

  it('reads a number as its text (import rows, codes)', () => {
    const r = reader({ a: 12345 });
    expect(r.text('a')).toBe('12345');
    expect(r.errors).toEqual([]);
  });

  it.each([undefined, null, ''])('treats %j as empty, an error only when required', (v) => {
    const optional = reader({ a: v });
    expect(optional.text('a')).toBe('');
    expect(optional.errors).toEqual([]);
    const required = reader({ a: v });
    expect(required.text('a', { required: true })).toBe('');
    expect(required.errors).toEqual([{ field: 'a', code: 'error.required' }]);
  });

  it('a required field of spaces only is missing', () => {
    const r = reader({ a: '   ' });
    expect(r.text('a', { required: true })).toBe('');
    expect(r.errors).toEqual([{ field: 'a', code: 'error.required' }]);
  });

  it.each([[true], [{}], [[]], [['x']], [() => 'x']])('rejects a wrong type %j', (v) => {
    const r = reader({ a: v });
    expect(r.text('a')).toBe('');
    expect(r.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });

  it('enforces the limit after trimming, 500 by default', () => {
    expect(reader({ a: ' ' + 'x'.repeat(10) + ' ' }).text('a', { max: 10 })).toBe('x'.repeat(10));
    const exact = reader({ a: 'x'.repeat(500) });
    exact.text('a');
    expect(exact.errors).toEqual([]);
    const over = reader({ a: 'x'.repeat(501) });
    over.text('a');
    expect(over.errors).toEqual([{ field: 'a', code: 'error.tooLong' }]);
    const custom = reader({ a: 'abcdef' });
    custom.text('a', { max: 5 });
    expect(custom.errors).toEqual([{ field: 'a', code: 'error.tooLong' }]);
  });

  it('keeps markup as plain text, unchanged', () => {
    const html = '<script>alert("x")</script><b onclick="y()">&amp;</b>';
    expect(reader({ a: html }).text('a')).toBe(html);
  });
});

describe('Reader.number', () => {
  it('reads numbers and numeric strings', () => {
    const r = reader({ a: 7, b: ' 42 ', c: '3.5', d: -2 });
    expect(r.number('a')).toBe(7);
    expect(r.number('b')).toBe(42);
    expect(r.number('c')).toBe(3.5);
    expect(r.number('d')).toBe(-2);
    expect(r.errors).toEqual([]);
  });

  it('gives the fallback (default 0) for a missing value without an error', () => {
    const r = reader({ b: null, c: '' });
    expect(r.number('a')).toBe(0);
    expect(r.number('b', { fallback: 9 })).toBe(9);
    expect(r.number('c', { fallback: 1 })).toBe(1);
    expect(r.errors).toEqual([]);
  });

  it.each([
    ['not a number', 'abc', {}],
    ['NaN', Number.NaN, {}],
    ['Infinity', Number.POSITIVE_INFINITY, {}],
    ['a boolean', true, {}],
    ['an object', {}, {}],
    ['an array', [5], {}],
    ['an empty array', [], {}],
    ['a fraction where an integer is wanted', 1.5, { integer: true }],
    ['below min', 0, { min: 1 }],
    ['above max', 11, { max: 10 }],
    ['a numeric string above max', '11', { max: 10 }],
  ])('rejects %s', (_label, v, opts) => {
    const r = reader({ a: v });
    expect(r.number('a', { ...opts, fallback: 5 })).toBe(5);
    expect(r.errors).toEqual([{ field: 'a', code: 'error.number' }]);
  });

  it('accepts the bounds themselves', () => {
    const r = reader({ lo: 1, hi: 10 });
    expect(r.number('lo', { min: 1, max: 10, integer: true })).toBe(1);
    expect(r.number('hi', { min: 1, max: 10, integer: true })).toBe(10);
    expect(r.errors).toEqual([]);
  });
});

describe('Reader.bool', () => {
  it('reads true and false; missing is false', () => {
    const r = reader({ t: true, f: false, n: null });
    expect(r.bool('t')).toBe(true);
    expect(r.bool('f')).toBe(false);
    expect(r.bool('n')).toBe(false);
    expect(r.bool('missing')).toBe(false);
    expect(r.errors).toEqual([]);
  });

  it.each(['true', 1, 0, 'yes', {}])('flags a non-boolean %j instead of silently reading false', (v) => {
    const r = reader({ a: v });
    expect(r.bool('a')).toBe(false);
    expect(r.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });
});

describe('Reader.oneOf', () => {
  const allowed = ['red', 'green'] as const;

  it('accepts an allowed value', () => {
    const r = reader({ a: 'green' });
    expect(r.oneOf('a', allowed, 'red')).toBe('green');
    expect(r.errors).toEqual([]);
  });

  it.each([undefined, null, ''])('falls back for %j without an error', (v) => {
    const r = reader({ a: v });
    expect(r.oneOf('a', allowed, 'red')).toBe('red');
    expect(r.errors).toEqual([]);
  });

  it.each(['blue', 'Green', ' green', 1, true, ['red']])('rejects %j', (v) => {
    const r = reader({ a: v });
    expect(r.oneOf('a', allowed, 'red')).toBe('red');
    expect(r.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });
});

describe('Reader.list', () => {
  it('reads a list of strings, removing duplicates in order', () => {
    const r = reader({ a: ['b', 'a', 'b'] });
    expect(r.list('a')).toEqual(['b', 'a']);
    expect(r.errors).toEqual([]);
  });

  it('missing is an empty list', () => {
    const r = reader({ b: null });
    expect(r.list('a')).toEqual([]);
    expect(r.list('b')).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it.each([
    ['a string', 'a,b'],
    ['an object', { 0: 'a' }],
    ['a number', 3],
    ['a list with a non-string', ['a', 1]],
    ['a list with an over-long item', ['x'.repeat(201)]],
  ])('rejects %s', (_label, v) => {
    const r = reader({ a: v });
    expect(r.list('a')).toEqual([]);
    expect(r.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });

  it('limits the number of items (50 by default)', () => {
    const ok50 = reader({ a: Array.from({ length: 50 }, (_, i) => `i${i}`) });
    expect(ok50.list('a')).toHaveLength(50);
    expect(ok50.errors).toEqual([]);
    const over = reader({ a: Array.from({ length: 51 }, (_, i) => `i${i}`) });
    expect(over.list('a')).toEqual([]);
    expect(over.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
    const custom = reader({ a: ['1', '2', '3'] });
    custom.list('a', undefined, 2);
    expect(custom.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });

  it('with an allowed set, any other value rejects the whole list', () => {
    const good = reader({ a: ['hot', 'latest'] });
    expect(good.list('a', ['latest', 'hot'])).toEqual(['hot', 'latest']);
    const bad = reader({ a: ['hot', 'cold'] });
    expect(bad.list('a', ['latest', 'hot'])).toEqual([]);
    expect(bad.errors).toEqual([{ field: 'a', code: 'error.invalid' }]);
  });
});

describe('Reader.result', () => {
  it('is ok with the value when nothing went wrong', () => {
    const r = reader({ a: 'x' });
    expect(r.result({ a: r.text('a') })).toEqual({ ok: true, value: { a: 'x' } });
  });

  it('collects every error of every field, in reading order', () => {
    const r = reader({ a: 5 as unknown, b: 'x'.repeat(11), c: 'nope' });
    r.text('missing', { required: true });
    r.text('b', { max: 10 });
    r.oneOf('c', ['yes'] as const, 'yes');
    expect(r.result({})).toEqual({
      ok: false,
      errors: [
        { field: 'missing', code: 'error.required' },
        { field: 'b', code: 'error.tooLong' },
        { field: 'c', code: 'error.invalid' },
      ],
    });
  });
});
