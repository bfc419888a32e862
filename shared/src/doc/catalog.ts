import * as Y from 'yjs';
import type { Exhibit, ExhibitInput } from '../model/exhibit.ts';
import { readExhibitInput, readStoredExhibit } from '../model/exhibit.ts';
import type { ExhibitId } from '../model/ids.ts';
import { newId } from '../model/ids.ts';
import type { Result } from '../model/validate.ts';

/**
 * `co:{cid}:catalog`: exhibits as one Y.Map each under the root map `exhibits`, so that two
 * devices editing different fields of one exhibit both keep their edit.
 */
export function exhibitsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap('exhibits');
}

/** Reads one exhibit from its Y.Map, leniently (see readStoredExhibit); null if not a record. */
export function exhibitFromMap(id: string, m: Y.Map<unknown>): Exhibit | null {
  if (!(m instanceof Y.Map)) return null;
  const json = m.toJSON() as Record<string, unknown>;
  const value = readStoredExhibit(json);
  if (!value) return null;
  return {
    ...value,
    id: id as ExhibitId,
    createdAt: Number(json.createdAt) || 0,
    updatedAt: Number(json.updatedAt) || 0,
  };
}

export function readExhibit(doc: Y.Doc, id: string): Exhibit | null {
  const m = exhibitsMap(doc).get(id);
  return m ? exhibitFromMap(id, m) : null;
}

export function readExhibits(doc: Y.Doc): Exhibit[] {
  const out: Exhibit[] = [];
  exhibitsMap(doc).forEach((m, id) => {
    const e = exhibitFromMap(id, m);
    if (e) out.push(e);
  });
  return out;
}

/** Adds an exhibit; the input is validated first and nothing is written if it is invalid. */
export function addExhibit(doc: Y.Doc, input: unknown, now = Date.now()): Result<Exhibit> {
  const parsed = readExhibitInput(input);
  if (!parsed.ok) return parsed;
  const id = newId<ExhibitId>('ex');
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(parsed.value)) m.set(k, v);
    m.set('createdAt', now);
    m.set('updatedAt', now);
    exhibitsMap(doc).set(id, m);
  });
  return { ok: true, value: { ...parsed.value, id, createdAt: now, updatedAt: now } };
}

/**
 * Changes only the fields that differ, so a concurrent edit of another field on another device
 * survives the merge.
 */
export function updateExhibit(doc: Y.Doc, id: string, patch: Partial<ExhibitInput>, now = Date.now()): Result<Exhibit> {
  const m = exhibitsMap(doc).get(id);
  const current = m ? exhibitFromMap(id, m) : null;
  if (!m || !current) return { ok: false, errors: [{ field: '', code: 'error.notFound' }] };
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  const parsed = readExhibitInput({ ...current, ...given });
  if (!parsed.ok) return parsed;
  doc.transact(() => {
    for (const [k, v] of Object.entries(parsed.value)) {
      if (JSON.stringify(current[k as keyof ExhibitInput]) !== JSON.stringify(v)) m.set(k, v);
    }
    m.set('updatedAt', now);
  });
  return { ok: true, value: { ...parsed.value, id: current.id, createdAt: current.createdAt, updatedAt: now } };
}

export function removeExhibit(doc: Y.Doc, id: string): void {
  exhibitsMap(doc).delete(id);
}
