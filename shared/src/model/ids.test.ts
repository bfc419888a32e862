import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids.ts';

describe('isId', () => {
  it.each(['a', 'A9', 'co-1', 'acc_2', 'ex0123456789abcdef', '-', '_', 'x'.repeat(64)])('accepts %j', (id) => {
    expect(isId(id)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a colon (doc name separator)', 'co:1'],
    ['a slash (path separator)', 'a/b'],
    ['a backslash', 'a\\b'],
    ['a dot', 'a.b'],
    ['dot-dot', '..'],
    ['a space', 'a b'],
    ['a newline', 'a\n'],
    ['a query string', 'a?token=x'],
    ['non-ASCII', '展品'],
    ['65 characters', 'x'.repeat(65)],
  ])('rejects %s', (_label, id) => {
    expect(isId(id)).toBe(false);
  });

  it.each([null, undefined, 1, {}, ['a']])('rejects the non-string %j', (v) => {
    expect(isId(v)).toBe(false);
  });
});

describe('newId', () => {
  it('starts with the prefix and is a safe id', () => {
    const id = newId('ex');
    expect(id.startsWith('ex')).toBe(true);
    expect(id).toMatch(/^ex[0-9a-f]{32}$/);
    expect(isId(id)).toBe(true);
  });

  it('has no prefix by default', () => {
    expect(newId()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is unique', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => newId('r')));
    expect(ids.size).toBe(10_000);
  });
});
