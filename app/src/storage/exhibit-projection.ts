import type * as Y from 'yjs';
import { exhibitFromMap, exhibitsMap, readExhibits, type Exhibit } from '@fairdesk/shared';
import type { DeskDb } from './db.ts';

/** Exhibit ids touched by a batch of deep events on the `exhibits` map. */
export function changedExhibitIds(events: Y.YEvent<Y.AbstractType<unknown>>[], root: Y.Map<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) {
      for (const key of event.changes.keys.keys()) ids.add(key);
    } else {
      const key = event.path[0];
      if (typeof key === 'string') ids.add(key);
    }
  }
  return ids;
}

/**
 * Keeps the Dexie `exhibits` table equal to the catalog doc: a full rebuild first, then only the
 * exhibits each change touches. Idempotent: applying the same change twice writes the same rows.
 */
export function projectExhibits(doc: Y.Doc, db: DeskDb): { ready: Promise<void>; stop: () => void } {
  const root = exhibitsMap(doc);
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (work: () => Promise<unknown>) => (queue = queue.then(work).catch((e: unknown) => console.error('projection', e)));

  const ready = enqueue(() =>
    db.transaction('rw', db.exhibits, async () => {
      await db.exhibits.clear();
      await db.exhibits.bulkPut(readExhibits(doc));
    }),
  ).then(() => undefined);

  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = changedExhibitIds(events, root as unknown as Y.Map<unknown>);
    const put: Exhibit[] = [];
    const removed: string[] = [];
    for (const id of ids) {
      const m = root.get(id);
      const exhibit = m ? exhibitFromMap(id, m) : null;
      if (exhibit) put.push(exhibit);
      else removed.push(id);
    }
    enqueue(() =>
      db.transaction('rw', db.exhibits, async () => {
        if (put.length) await db.exhibits.bulkPut(put);
        if (removed.length) await db.exhibits.bulkDelete(removed as Exhibit['id'][]);
      }),
    );
  };
  root.observeDeep(observer);
  return { ready, stop: () => root.unobserveDeep(observer) };
}
