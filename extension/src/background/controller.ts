import { docsFor } from '@fairdesk/shared';
import { ownerOf, principalOf, sameSession, type Session, type SessionEnd } from '../lib/session.ts';
import type { Summary } from '../lib/summary.ts';
import { computeSummary } from './summary-compute.ts';
import { syncUrl } from '../lib/urls.ts';
import { DocSet, type DocSetOptions, type DocsHandle } from './docs.ts';
import { SummaryWriter } from './summary-writer.ts';
import { combineSyncState } from './sync-state.ts';

/** Everything the controller does outside itself, so tests can run it without Chrome. */
export interface Effects {
  readSession(): Promise<{ session: Session | null; end: SessionEnd | null }>;
  endSession(reason: SessionEnd['reason']): Promise<void>;
  writeSummary(summary: Summary): Promise<void>;
  removeSummary(): Promise<void>;
  readOwner(): Promise<string | null>;
  writeOwner(owner: string | null): Promise<void>;
  wipeLocalCopies(): Promise<unknown>;
  keepAlive(on: boolean): Promise<void>;
  openDocs?: (opts: DocSetOptions) => DocsHandle;
  now?: () => number;
}

/**
 * The background's one piece of state: the docs open for the session in storage. Every event
 * (start, wake, alarm, storage change, a 4401 from the server) ends in `reconcile()`, which
 * reads storage and makes the open docs match it. Calls run one after another.
 */
export class Controller {
  #session: Session | null = null;
  #docs: DocsHandle | null = null;
  #queue: Promise<void> = Promise.resolve();
  readonly #fx: Effects;
  readonly #writer: SummaryWriter;

  constructor(fx: Effects) {
    this.#fx = fx;
    this.#writer = new SummaryWriter(() => this.summary(), (s) => fx.writeSummary(s));
  }

  get docs(): DocsHandle | null {
    return this.#docs;
  }

  reconcile(): Promise<void> {
    return this.#enqueue(() => this.#reconcile());
  }

  summary(): Summary | null {
    const session = this.#session;
    const docs = this.#docs;
    if (!session || !docs) return null;
    return computeSummary({
      account: session.account,
      profile: docs.readyDoc('profile'),
      catalog: docs.readyDoc('catalog'),
      sync: combineSyncState(docs.states()),
      now: (this.#fx.now ?? Date.now)(),
    });
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(task).catch((err: unknown) => console.error('fairdesk background:', err));
    return this.#queue;
  }

  async #reconcile(): Promise<void> {
    const { session, end } = await this.#fx.readSession();
    if (sameSession(session, this.#session)) {
      this.#docs?.reconnect();
      this.#writer.schedule();
      return;
    }
    this.#close();
    if (!session) {
      await this.#fx.removeSummary();
      await this.#fx.keepAlive(false);
      // An expired session keeps its local copy: changes not yet sent wait for the next sign-in.
      if (end?.reason !== 'expired') {
        await this.#fx.wipeLocalCopies();
        await this.#fx.writeOwner(null);
      }
      return;
    }
    const owner = ownerOf(session);
    if ((await this.#fx.readOwner()) !== owner) {
      await this.#fx.wipeLocalCopies();
      await this.#fx.writeOwner(owner);
    }
    this.#open(session);
    await this.#fx.keepAlive(true);
  }

  #open(session: Session): void {
    const open = this.#fx.openDocs ?? ((o: DocSetOptions) => new DocSet(o));
    const docs: DocsHandle = open({
      url: syncUrl(session.server),
      token: session.token,
      refs: docsFor(principalOf(session.account)),
      onChange: () => this.#writer.schedule(),
      onUnauthenticated: () => void this.#expire(docs),
    });
    this.#session = session;
    this.#docs = docs;
    this.#writer.schedule();
  }

  /** The server refused the token: stop every doc now, end the session, keep the local copy. */
  #expire(docs: DocsHandle): Promise<void> {
    return this.#enqueue(async () => {
      if (docs !== this.#docs) return;
      this.#close();
      await this.#fx.endSession('expired');
      await this.#reconcile();
    });
  }

  #close(): void {
    this.#writer.reset();
    this.#docs?.destroy();
    this.#docs = null;
    this.#session = null;
  }
}
