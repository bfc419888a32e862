import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addExhibit, exhibitsMap, readExhibit, readExhibits, removeExhibit, updateExhibit } from './catalog.ts';
import { blankExhibit, type Exhibit } from '../model/exhibit.ts';

const cup = { nameZh: '陶瓷茶杯', nameEn: 'Ceramic cup', price: 'USD 1.20', moq: 500, groups: ['hot'], status: 'listed' };

function added(doc: Y.Doc, input: unknown = cup, now = 1000): Exhibit {
  const r = addExhibit(doc, input, now);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** Counts the updates a doc emits, to prove that nothing was written. */
function countUpdates(doc: Y.Doc): () => number {
  let n = 0;
  doc.on('update', () => n++);
  return () => n;
}

describe('addExhibit', () => {
  it('writes a validated exhibit and returns it', () => {
    const doc = new Y.Doc();
    const e = added(doc, { ...cup, nameEn: '  Ceramic cup  ' }, 1234);
    expect(e.id).toMatch(/^ex[0-9a-f]{32}$/);
    expect(e).toEqual({ ...blankExhibit(), ...cup, nameEn: 'Ceramic cup', id: e.id, createdAt: 1234, updatedAt: 1234 });
    expect(readExhibit(doc, e.id)).toEqual(e);
  });

  it('stores each exhibit as its own Y.Map, one key per field', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    const m = exhibitsMap(doc).get(e.id);
    expect(m).toBeInstanceOf(Y.Map);
    expect(m!.get('nameEn')).toBe('Ceramic cup');
    expect(m!.get('createdAt')).toBe(1000);
  });

  it('gives every exhibit a new id', () => {
    const doc = new Y.Doc();
    const ids = new Set(Array.from({ length: 20 }, () => added(doc).id));
    expect(ids.size).toBe(20);
    expect(readExhibits(doc)).toHaveLength(20);
  });

  it('writes the change in one transaction', () => {
    const doc = new Y.Doc();
    const updates = countUpdates(doc);
    added(doc);
    expect(updates()).toBe(1);
  });

  it.each([
    ['no name', { price: '1' }],
    ['a bad status', { ...cup, status: 'published' }],
    ['an over-long name', { ...cup, nameEn: 'x'.repeat(201) }],
    ['a negative moq', { ...cup, moq: -1 }],
    ['not a record', 'cup'],
  ])('writes nothing for invalid input: %s', (_label, input) => {
    const doc = new Y.Doc();
    const updates = countUpdates(doc);
    const r = addExhibit(doc, input);
    expect(r.ok).toBe(false);
    expect(updates()).toBe(0);
    expect(exhibitsMap(doc).size).toBe(0);
  });

  it('keeps HTML as plain text in the doc', () => {
    const doc = new Y.Doc();
    const html = '<img src=x onerror=alert(1)>';
    const e = added(doc, { nameEn: html });
    expect(readExhibit(doc, e.id)?.nameEn).toBe(html);
  });
});

describe('readExhibit / readExhibits', () => {
  it('null for an unknown id', () => {
    expect(readExhibit(new Y.Doc(), 'ex-missing')).toBeNull();
  });

  it('reads every exhibit', () => {
    const doc = new Y.Doc();
    const a = added(doc, { nameEn: 'A' }, 1);
    const b = added(doc, { nameEn: 'B' }, 2);
    const byId = (x: Exhibit, y: Exhibit) => x.id.localeCompare(y.id);
    expect(readExhibits(doc).sort(byId)).toEqual([a, b].sort(byId));
  });

  it('reads a record with bad values leniently (safe defaults) so it never vanishes from the list', () => {
    const doc = new Y.Doc();
    const good = added(doc, { nameEn: 'good' });
    const bad = added(doc, { nameEn: 'bad', status: 'listed' });
    exhibitsMap(doc).get(bad.id)!.set('status', 'hacked');
    expect(readExhibit(doc, bad.id)?.status).toBe('unlisted');
    expect(readExhibits(doc)).toHaveLength(2);
    expect(readExhibits(doc)).toContainEqual(good);
  });

  it('keeps showing an exhibit whose names were both cleared by a merge', () => {
    const doc = new Y.Doc();
    const e = added(doc, { nameZh: '杯子', nameEn: 'cup' });
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    exhibitsMap(doc).get(e.id)!.set('nameZh', '');
    exhibitsMap(other).get(e.id)!.set('nameEn', '');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(readExhibit(doc, e.id)).toMatchObject({ nameZh: '', nameEn: '' });
  });

  it('reads a missing timestamp as 0', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    exhibitsMap(doc).get(e.id)!.delete('createdAt');
    expect(readExhibit(doc, e.id)?.createdAt).toBe(0);
  });
});

describe('updateExhibit', () => {
  it('changes the patched fields, keeps the rest, stamps updatedAt', () => {
    const doc = new Y.Doc();
    const e = added(doc, cup, 1000);
    const r = updateExhibit(doc, e.id, { price: 'USD 1.10', pinned: true }, 2000);
    const expected = { ...e, price: 'USD 1.10', pinned: true, updatedAt: 2000 };
    expect(r).toEqual({ ok: true, value: expected });
    expect(readExhibit(doc, e.id)).toEqual(expected);
  });

  it('writes only the fields that differ', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    const m = exhibitsMap(doc).get(e.id)!;
    const changed: string[][] = [];
    m.observe((ev) => changed.push([...ev.keysChanged].sort()));
    updateExhibit(doc, e.id, { ...e, nameEn: 'Tea cup', groups: ['hot'] }, 2000);
    expect(changed).toEqual([['nameEn', 'updatedAt']]);
  });

  it('a patch equal to the current values only stamps updatedAt', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    const m = exhibitsMap(doc).get(e.id)!;
    const changed: string[][] = [];
    m.observe((ev) => changed.push([...ev.keysChanged]));
    updateExhibit(doc, e.id, { nameEn: e.nameEn, moq: e.moq, groups: [...e.groups] }, 2000);
    expect(changed).toEqual([['updatedAt']]);
  });

  it('an undefined field in the patch leaves that field alone', () => {
    const doc = new Y.Doc();
    const e = added(doc, { ...cup, pinned: true });
    const r = updateExhibit(doc, e.id, { nameZh: '新茶杯', nameEn: undefined, moq: undefined, pinned: undefined });
    expect(r.ok).toBe(true);
    expect(readExhibit(doc, e.id)).toMatchObject({ nameZh: '新茶杯', nameEn: 'Ceramic cup', moq: 500, pinned: true });
  });

  it('can clear a field with an empty value', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    updateExhibit(doc, e.id, { price: '' });
    expect(readExhibit(doc, e.id)?.price).toBe('');
  });

  it('keeps createdAt and the id', () => {
    const doc = new Y.Doc();
    const e = added(doc, cup, 1000);
    updateExhibit(doc, e.id, { nameEn: 'x' }, 5000);
    expect(readExhibit(doc, e.id)).toMatchObject({ id: e.id, createdAt: 1000, updatedAt: 5000 });
  });

  it.each([
    ['no name left', { nameZh: '', nameEn: '' }, 'error.nameRequired'],
    ['a bad status', { status: 'gone' as never }, 'error.invalid'],
    ['an over-long price', { price: 'x'.repeat(101) }, 'error.tooLong'],
    ['a fractional moq', { moq: 1.5 }, 'error.number'],
  ])('writes nothing for an invalid patch: %s', (_label, patch, code) => {
    const doc = new Y.Doc();
    const e = added(doc);
    const updates = countUpdates(doc);
    const r = updateExhibit(doc, e.id, patch, 9999);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((x) => x.code)).toContain(code);
    expect(updates()).toBe(0);
    expect(readExhibit(doc, e.id)).toEqual(e);
  });

  it('not found for an unknown or removed exhibit, writing nothing', () => {
    const doc = new Y.Doc();
    const e = added(doc);
    removeExhibit(doc, e.id);
    const updates = countUpdates(doc);
    expect(updateExhibit(doc, 'ex-nope', { nameEn: 'x' })).toEqual({ ok: false, errors: [{ field: '', code: 'error.notFound' }] });
    expect(updateExhibit(doc, e.id, { nameEn: 'x' })).toEqual({ ok: false, errors: [{ field: '', code: 'error.notFound' }] });
    expect(updates()).toBe(0);
  });
});

describe('removeExhibit', () => {
  it('removes one exhibit and leaves the others', () => {
    const doc = new Y.Doc();
    const a = added(doc, { nameEn: 'A' });
    const b = added(doc, { nameEn: 'B' });
    removeExhibit(doc, a.id);
    expect(readExhibit(doc, a.id)).toBeNull();
    expect(readExhibits(doc)).toEqual([b]);
  });

  it('removing an unknown id changes nothing', () => {
    const doc = new Y.Doc();
    const a = added(doc);
    removeExhibit(doc, 'ex-nope');
    expect(readExhibits(doc)).toEqual([a]);
  });
});
