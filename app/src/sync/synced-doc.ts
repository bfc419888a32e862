import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as authProtocol from 'y-protocols/auth';

export type DocSyncState = 'connecting' | 'online' | 'offline' | 'pending';

/**
 * One doc scope on this device: the Y.Doc, its IndexedDB copy and its connection. Tracks
 * whether local changes are waiting for the server: made while not synced, they are cleared
 * when a sync round (which carries them) completes.
 */
export class SyncedDoc {
  readonly doc = new Y.Doc();
  readonly local: IndexeddbPersistence;
  readonly remote: WebsocketProvider;
  /** Resolves once the IndexedDB copy is loaded, so the first screen shows local data. */
  readonly loaded: Promise<void>;
  private pending = false;
  private listeners = new Set<() => void>();
  refused = false;
  closedByServer = 0;

  constructor(
    readonly name: string,
    serverUrl: string,
    token: string,
  ) {
    this.local = new IndexeddbPersistence(name, this.doc);
    this.loaded = this.local.whenSynced.then(() => undefined);
    this.remote = new WebsocketProvider(serverUrl, name, this.doc, {
      params: { token },
      disableBc: true,
      connect: navigator.onLine,
    });
    // The server answers a write from a read-only connection with an auth message.
    this.remote.messageHandlers[2] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, this.doc, () => {
        this.refused = true;
        this.emit();
      });
    };
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== this.remote && origin !== this.local && !this.remote.synced) {
        this.pending = true;
        this.emit();
      }
    });
    this.remote.on('sync', (synced: boolean) => {
      if (synced) this.pending = false;
      this.emit();
    });
    this.remote.on('status', () => this.emit());
    this.remote.on('closed', (event: { code: number }) => {
      this.closedByServer = event.code;
      this.emit();
    });
  }

  get state(): DocSyncState {
    if (this.pending) return 'pending';
    if (this.remote.synced) return 'online';
    return this.remote.shouldConnect && this.remote.wsconnecting ? 'connecting' : 'offline';
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  setOnline(online: boolean): void {
    if (online) this.remote.connect();
    else this.remote.disconnect();
    this.emit();
  }

  destroy(): void {
    this.remote.destroy();
    void this.local.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /** Removes this doc's local copy (sign-out, revoked account). */
  async purge(): Promise<void> {
    this.remote.destroy();
    await this.local.clearData();
    this.doc.destroy();
  }
}
