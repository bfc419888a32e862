import { docName } from '@fairdesk/shared';
import { SyncedDoc } from '../sync/synced-doc.ts';
import { readShowroom, type ShowroomCompany } from './showroom-read.ts';
import type { ShowExhibit } from '@fairdesk/shared';

const VISITED_KEY = 'fairdesk.fair.visited';

/** Opens `show:{cid}` on this device: kept in IndexedDB, so a visited showroom opens offline. */
export function openShowDoc(companyId: string, serverUrl: string, token: string): SyncedDoc {
  const name = docName({ scope: 'show', companyId });
  const visited = visitedShowDocs();
  if (!visited.includes(name)) localStorage.setItem(VISITED_KEY, JSON.stringify([...visited, name]));
  return new SyncedDoc(name, serverUrl, token);
}

export function visitedShowDocs(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(VISITED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Signing out leaves no copy of the showrooms this device visited. */
export async function forgetShowDocs(): Promise<void> {
  const names = visitedShowDocs();
  localStorage.removeItem(VISITED_KEY);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
}

/**
 * One company's public showroom (R6.1), read from its `show:{cid}` doc, which only the agent
 * writes: this state never changes the doc.
 */
export class ShowroomState {
  company = $state<ShowroomCompany | null>(null);
  exhibits = $state<ShowExhibit[]>([]);
  /** The local copy is loaded (it may still be empty). */
  loaded = $state(false);
  /** The server's copy has arrived at least once on this visit. */
  synced = $state(false);
  /** Not connected, so an empty showroom will not fill in until the device is online. */
  offline = $state(false);
  private stops: (() => void)[] = [];

  constructor(readonly show: SyncedDoc) {
    const read = () => {
      const room = readShowroom(show.doc);
      this.company = room.company;
      this.exhibits = room.exhibits;
    };
    const state = () => {
      if (show.remote.synced) this.synced = true;
      this.offline = show.state === 'offline';
    };
    read();
    state();
    show.doc.on('update', read);
    this.stops.push(() => show.doc.off('update', read), show.onChange(state));
    void show.loaded.then(() => {
      read();
      this.loaded = true;
    });
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    this.show.destroy();
  }
}
