import type * as Y from 'yjs';
import { log } from './log.ts';
import type { DocStorage } from './doc-storage.ts';
import { AGENT_ORIGIN, DocRoom, type RoomLimits } from './doc-room.ts';

interface Entry {
  room: DocRoom | null;
  loading: Promise<DocRoom> | null;
  holds: number;
  unloadTimer: NodeJS.Timeout | null;
}

export interface HubLimits extends RoomLimits {
  docUnloadMs: number;
}

/**
 * The open docs. A doc is loaded on first use, held by its connections (and by agent work in
 * progress), and unloaded — compacted, then freed — a while after the last hold is released.
 */
export class DocHub {
  private readonly entries = new Map<string, Entry>();
  /** Docs being unloaded: a new load waits until their last writes are stored. */
  private readonly unloading = new Map<string, Promise<void>>();
  private shuttingDown = false;

  constructor(
    private readonly storage: DocStorage,
    private readonly limits: HubLimits,
    private readonly onBroken: (room: DocRoom) => void,
  ) {}

  async acquire(name: string): Promise<DocRoom> {
    let entry = this.entries.get(name);
    if (!entry) {
      entry = { room: null, loading: null, holds: 0, unloadTimer: null };
      this.entries.set(name, entry);
    }
    entry.holds++;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    if (entry.room) return entry.room;
    entry.loading ??= this.load(name, entry);
    try {
      return await entry.loading;
    } catch (error) {
      entry.holds--;
      if (this.entries.get(name) === entry && !entry.room) this.entries.delete(name);
      throw error;
    }
  }

  release(room: DocRoom): void {
    const entry = this.entries.get(room.name);
    if (!entry || entry.room !== room) return;
    entry.holds--;
    if (entry.holds > 0) return;
    entry.unloadTimer = setTimeout(() => void this.unload(room.name, entry), this.limits.docUnloadMs);
  }

  /**
   * The agent's handle: runs `change` in one transaction on the live doc, which persists and
   * broadcasts it exactly like a client's update, and resolves once it is stored.
   */
  async withDoc(name: string, change: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.acquire(name);
    try {
      room.doc.transact(() => change(room.doc), AGENT_ORIGIN);
      await room.whenStored();
    } finally {
      this.release(room);
    }
  }

  isLoaded(name: string): boolean {
    return this.entries.get(name)?.room != null;
  }

  /** Forgets a broken room at once; its peers have been closed by the caller. */
  drop(room: DocRoom): void {
    const entry = this.entries.get(room.name);
    if (entry?.room === room) this.entries.delete(room.name);
    room.doc.destroy();
  }

  /** Stores and frees every doc, held or not (server shutdown). */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    const names = [...this.entries.keys()];
    await Promise.all(names.map((name) => this.unload(name, this.entries.get(name))));
  }

  private async load(name: string, entry: Entry): Promise<DocRoom> {
    await this.unloading.get(name);
    const stored = await this.storage.loadDoc(name);
    const room = new DocRoom(name, this.storage, stored, this.limits, (broken, error) => {
      log.error(`storage failed for ${name}; closing its connections`, error);
      this.onBroken(broken);
    });
    entry.room = room;
    entry.loading = null;
    return room;
  }

  private async unload(name: string, entry: Entry | undefined): Promise<void> {
    if (!entry || this.entries.get(name) !== entry) return;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    const room = entry.room ?? (await entry.loading?.catch(() => null)) ?? null;
    if (this.entries.get(name) !== entry || (entry.holds > 0 && !this.shuttingDown)) return;
    this.entries.delete(name);
    if (!room) return;
    const done = room.close().catch((error: unknown) => log.error(`could not store ${name} on unload`, error));
    this.unloading.set(name, done);
    await done;
    if (this.unloading.get(name) === done) this.unloading.delete(name);
  }

}
