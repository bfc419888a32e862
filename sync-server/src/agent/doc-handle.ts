import type * as Y from 'yjs';
import type { DocHub } from '../doc-hub.ts';
import { AGENT_ORIGIN, type DocRoom } from '../doc-room.ts';

/**
 * A doc the agent keeps open: the live room's Y.Doc, a listener for its changes, and writes that
 * take the same path as a client's update (persist, then broadcast).
 */
export class DocHandle {
  private changed = false;

  private constructor(
    private readonly hub: DocHub,
    private readonly room: DocRoom,
    private readonly listener: (update: Uint8Array, origin: unknown) => void,
  ) {
    room.doc.on('update', listener);
    room.doc.on('update', this.markChanged);
  }

  private readonly markChanged = (): void => {
    this.changed = true;
  };

  static async open(hub: DocHub, name: string, onChange: (byAgent: boolean) => void): Promise<DocHandle> {
    const room = await hub.acquire(name);
    return new DocHandle(hub, room, (_update, origin) => onChange(origin === AGENT_ORIGIN));
  }

  get name(): string {
    return this.room.name;
  }

  get doc(): Y.Doc {
    return this.room.doc;
  }

  write(change: (doc: Y.Doc) => void): void {
    this.room.doc.transact(() => change(this.room.doc), AGENT_ORIGIN);
  }

  whenStored(): Promise<void> {
    return this.room.whenStored();
  }

  /**
   * The agent holds its docs, so they never leave memory, where a doc is compacted into one row.
   * Instead: once nobody is connected, a doc changed since the last call is compacted here.
   */
  compactIfIdle(): void {
    if (!this.changed || this.room.peers.size > 0 || this.room.isBroken) return;
    this.changed = false;
    this.room.compact();
  }

  close(): void {
    this.room.doc.off('update', this.markChanged);
    this.room.doc.off('update', this.listener);
    this.hub.release(this.room);
  }
}

/** Runs `run` once, `ms` after the first of a burst of calls. */
export class Debounced {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ms: number,
    private readonly run: () => void,
  ) {}

  schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.run();
    }, this.ms);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
