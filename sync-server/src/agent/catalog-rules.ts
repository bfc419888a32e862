import {
  MAX_LISTED_EXHIBITS,
  bansMap,
  exhibitsMap,
  newId,
  noticesArray,
  type DisplayStatus,
  type Exhibit,
  type MessageKey,
} from '@fairdesk/shared';
import type { DocHandle } from './doc-handle.ts';

/**
 * The catalogue rules only the fair may decide, applied to whatever clients merged:
 * bans (the fair doc's `bans` is the authority; exhibitors can neither set nor lift one) and
 * the 2,500-listed cap (R1.1). Every correction is told in a notice, never made silently.
 */
/** Returns whether it changed the catalogue. */
export function enforceCatalogRules(exhibits: Exhibit[], catalog: DocHandle, fair: DocHandle, now: number): boolean {
  const bans = bansMap(fair.doc);
  const set: { id: string; status: DisplayStatus }[] = [];
  const banKept: string[] = [];
  const banLifted: string[] = [];
  for (const e of exhibits) {
    const banned = bans.get(e.id) === true;
    if (banned && e.status !== 'banned') {
      set.push({ id: e.id, status: 'banned' });
      banKept.push(e.id);
    } else if (!banned && e.status === 'banned') {
      set.push({ id: e.id, status: 'unlisted' });
      banLifted.push(e.id);
    }
  }
  const listed = exhibits.filter((e) => e.status === 'listed' && bans.get(e.id) !== true);
  const excess = listed.length - MAX_LISTED_EXHIBITS;
  const overCap: string[] = [];
  if (excess > 0) {
    listed.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
    for (const e of listed.slice(0, excess)) {
      set.push({ id: e.id, status: 'unlisted' });
      overCap.push(e.id);
    }
  }
  if (set.length === 0) return false;
  catalog.write((doc) => {
    const map = exhibitsMap(doc);
    for (const { id, status } of set) {
      const m = map.get(id);
      if (!m) continue;
      m.set('status', status);
      m.set('updatedAt', now);
    }
  });
  fair.write((doc) => {
    const notify = (key: MessageKey, exhibitIds: string[]) => {
      if (exhibitIds.length > 0) noticesArray(doc).push([{ id: newId('nt'), at: now, key, exhibitIds }]);
    };
    notify('agent.capReached', overCap);
    notify('agent.banKept', banKept);
    notify('agent.banOnlyByFair', banLifted);
  });
  return true;
}
