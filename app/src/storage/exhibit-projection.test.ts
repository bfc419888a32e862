import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addExhibit, blankExhibit, removeExhibit, updateExhibit } from '@fairdesk/shared';
import { DeskDb } from './db.ts';
import { projectExhibits } from './exhibit-projection.ts';

const dbs: DeskDb[] = [];
function freshDb(): DeskDb {
  const db = new DeskDb(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** Waits until the projection's queued writes have reached IndexedDB. */
async function settle(db: DeskDb, expected: number): Promise<void> {
  for (let i = 0; i < 100 && (await db.exhibits.count()) !== expected; i++) await new Promise((r) => setTimeout(r, 5));
}

const exhibit = (nameZh: string, status: 'listed' | 'unlisted' = 'listed') => ({ ...blankExhibit(), nameZh, status });

describe('exhibit projection', () => {
  it('rebuilds the table from the doc, dropping rows that are not in it', async () => {
    const doc = new Y.Doc();
    addExhibit(doc, exhibit('挖掘机'));
    addExhibit(doc, exhibit('发电机', 'unlisted'));
    const db = freshDb();
    await db.exhibits.put({ ...blankExhibit(), nameZh: 'stale', id: 'gone' as never, createdAt: 0, updatedAt: 0 });
    const p = projectExhibits(doc, db);
    await p.ready;
    const rows = await db.exhibits.orderBy('id').toArray();
    expect(rows.map((r) => r.nameZh).sort()).toEqual(['发电机', '挖掘机']);
    expect(await db.exhibits.where('status').equals('listed').count()).toBe(1);
    p.stop();
  });

  it('follows adds, field edits and removals, including those arriving from another device', async () => {
    const doc = new Y.Doc();
    const db = freshDb();
    const p = projectExhibits(doc, db);
    await p.ready;
    const a = addExhibit(doc, exhibit('挖掘机'));
    if (!a.ok) throw new Error('add failed');
    await settle(db, 1);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    updateExhibit(other, a.value.id, { nameEn: 'Excavator', status: 'unlisted' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    await settle(db, 1);
    await new Promise((r) => setTimeout(r, 20));
    const row = await db.exhibits.get(a.value.id);
    expect(row?.nameEn).toBe('Excavator');
    expect(row?.status).toBe('unlisted');

    removeExhibit(doc, a.value.id);
    await settle(db, 0);
    expect(await db.exhibits.count()).toBe(0);
    p.stop();
  });

  it('stops following the doc when stopped', async () => {
    const doc = new Y.Doc();
    const db = freshDb();
    const p = projectExhibits(doc, db);
    await p.ready;
    p.stop();
    addExhibit(doc, exhibit('挖掘机'));
    await new Promise((r) => setTimeout(r, 30));
    expect(await db.exhibits.count()).toBe(0);
  });
});
