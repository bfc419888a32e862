import { docName, type DocRef } from '@fairdesk/shared';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { LinkState } from './sync-state.ts';

/** The server's close codes (DESIGN.md, "Server"): bad or expired token, and forbidden. */
export const CLOSE_UNAUTHENTICATED = 4401;
export const CLOSE_FORBIDDEN = 4403;

export interface DocSetOptions {
  /** ws(s)://host/sync; each doc connects to `${url}/${docName}?token=…`. */
  url: string;
  token: string;
  refs: readonly DocRef[];
  /** Any doc changed, loaded, connected, synced or closed. */
  onChange: () => void;
  /** The server refused the token (4401): the session is over. */
  onUnauthenticated: () => void;
  /** Keep the local copy in IndexedDB (off only in tests without IndexedDB). */
  persist?: boolean;
  WebSocketPolyfill?: typeof WebSocket;
}

interface Link {
  ref: DocRef;
  doc: Y.Doc;
  provider: WebsocketProvider;
  persistence: IndexeddbPersistence | null;
  dirty: boolean;
  closedCode: number | null;
}

/** What the controller needs of the open docs (a fake in tests). */
export interface DocsHandle {
  readyDoc(scope: DocRef['scope']): Y.Doc | null;
  states(): LinkState[];
  reconnect(): void;
  destroy(): void;
}

/**
 * The signed-in account's docs: each a Y.Doc kept in IndexedDB and synced over y-websocket.
 * y-websocket 3.1 stops reconnecting on its own after a 4400–4499 close and emits `closed`;
 * we remember that so the keep-alive never reconnects a doc the server refused.
 */
export class DocSet implements DocsHandle {
  readonly #links = new Map<string, Link>();
  readonly #opts: DocSetOptions;
  #destroyed = false;

  constructor(opts: DocSetOptions) {
    this.#opts = opts;
    for (const ref of opts.refs) this.#open(ref);
  }

  #open(ref: DocRef): void {
    const name = docName(ref);
    const doc = new Y.Doc();
    const persistence = this.#opts.persist === false ? null : new IndexeddbPersistence(name, doc);
    const provider = new WebsocketProvider(this.#opts.url, name, doc, {
      params: { token: this.#opts.token },
      disableBc: true,
      maxBackoffTime: 5000,
      ...(this.#opts.WebSocketPolyfill ? { WebSocketPolyfill: this.#opts.WebSocketPolyfill } : {}),
    });
    const link: Link = { ref, doc, provider, persistence, dirty: false, closedCode: null };
    const changed = (): void => {
      if (!this.#destroyed) this.#opts.onChange();
    };
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider && origin !== persistence && !provider.synced) link.dirty = true;
      changed();
    });
    provider.on('sync', (synced: boolean) => {
      if (synced) link.dirty = false;
      changed();
    });
    provider.on('status', changed);
    provider.on('connection-close', changed);
    provider.on('closed', ({ code }) => {
      link.closedCode = code;
      if (code === CLOSE_UNAUTHENTICATED && !this.#destroyed) this.#opts.onUnauthenticated();
      changed();
    });
    persistence?.on('synced', changed);
    this.#links.set(name, link);
  }

  /**
   * The Y.Doc of a scope once it holds something worth reading: its local copy is loaded or
   * it has synced with the server. Null before that, or if this account keeps no such doc.
   */
  readyDoc(scope: DocRef['scope']): Y.Doc | null {
    for (const l of this.#links.values()) {
      if (l.ref.scope === scope && (l.provider.synced || l.persistence?.synced)) return l.doc;
    }
    return null;
  }

  states(): LinkState[] {
    return [...this.#links.values()].map((l) => ({
      synced: l.provider.synced,
      failures: l.provider.wsUnsuccessfulReconnects,
      closed: l.closedCode !== null,
      dirty: l.dirty,
    }));
  }

  /** Keep-alive: try again now for docs that lost their socket, never for refused ones. */
  reconnect(): void {
    for (const l of this.#links.values()) {
      if (l.closedCode === null && !l.provider.wsconnected && l.provider.ws === null) l.provider.connect();
    }
  }

  /** Resolves once every local copy has been read from IndexedDB. */
  async loaded(): Promise<void> {
    await Promise.all([...this.#links.values()].map((l) => l.persistence?.whenSynced));
  }

  destroy(): void {
    this.#destroyed = true;
    for (const l of this.#links.values()) {
      l.provider.destroy();
      void l.persistence?.destroy();
      l.doc.destroy();
    }
    this.#links.clear();
  }
}
