import { docName, docsFor, type AccountId, type BuyerId, type CompanyId, type DocRef, type Principal } from '@fairdesk/shared';
import { DeskDb, deskDbName } from '../storage/db.ts';
import { clearLocalImages, outbox } from '../images/blob-store.ts';
import { projectExhibits } from '../storage/exhibit-projection.ts';
import { SyncedDoc, type DocSyncState } from './synced-doc.ts';
import type { Session } from './session.ts';

export type SyncState = DocSyncState;

export function principalOf(session: Session): Principal {
  const a = session.account;
  if (a.role === 'buyer') return { kind: 'buyer', id: a.id as BuyerId };
  return { kind: 'account', id: a.id as AccountId, companyId: a.companyId as CompanyId, role: a.role, permissions: a.permissions };
}

/**
 * Everything one signed-in account has on this device: a SyncedDoc per doc scope it may read,
 * and the Dexie projection of them. Created at sign-in, destroyed at sign-out.
 */
export class Workspace {
  readonly principal: Principal;
  readonly docs = new Map<DocRef['scope'], SyncedDoc>();
  readonly db: DeskDb;
  readonly ready: Promise<void>;
  private stops: (() => void)[] = [];
  private listeners = new Set<() => void>();

  constructor(
    readonly session: Session,
    serverUrl: string,
  ) {
    this.principal = principalOf(session);
    this.db = new DeskDb(deskDbName(session.account.id));
    for (const ref of docsFor(this.principal)) {
      const synced = new SyncedDoc(docName(ref), serverUrl, session.token);
      this.docs.set(ref.scope, synced);
      this.stops.push(synced.onChange(() => this.emit()));
    }
    const catalog = this.docs.get('catalog');
    this.ready = catalog
      ? catalog.loaded.then(() => {
          const projection = projectExhibits(catalog.doc, this.db);
          this.stops.push(projection.stop);
          return projection.ready;
        })
      : Promise.resolve();
    const online = () => this.setOnline(true);
    const offline = () => this.setOnline(false);
    addEventListener('online', online);
    addEventListener('offline', offline);
    this.stops.push(() => {
      removeEventListener('online', online);
      removeEventListener('offline', offline);
    });
  }

  doc(scope: DocRef['scope']): SyncedDoc | undefined {
    return this.docs.get(scope);
  }

  /** The worst state of any doc: pending beats offline beats connecting beats online. */
  get state(): SyncState {
    const order: SyncState[] = ['pending', 'offline', 'connecting', 'online'];
    const states = [...this.docs.values()].map((d) => d.state);
    return order.find((s) => states.includes(s)) ?? 'online';
  }

  /** Changes or images made on this device that the server has not got yet. */
  get hasUnsentWork(): boolean {
    return this.state === 'pending' || outbox().length > 0;
  }

  /** A doc the server closed for good (4401 token no longer valid, 4403 forbidden). */
  get closedByServer(): number {
    return Math.max(0, ...[...this.docs.values()].map((d) => d.closedByServer));
  }

  get refused(): boolean {
    return [...this.docs.values()].some((d) => d.refused);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  setOnline(online: boolean): void {
    for (const d of this.docs.values()) d.setOnline(online);
  }

  destroy(): void {
    for (const stop of this.stops) stop();
    for (const d of this.docs.values()) d.destroy();
    this.db.close();
    this.listeners.clear();
  }

  /** Signs this device out for good: drops every local copy of the account's data. */
  async purge(): Promise<void> {
    for (const stop of this.stops) stop();
    await Promise.all([...this.docs.values()].map((d) => d.purge()));
    this.db.close();
    await this.db.delete();
    // Images the company's exhibits showed, and any copy of a company doc this account no longer opens.
    await clearLocalImages();
    if (this.principal.kind === 'account' && typeof indexedDB.databases === 'function') {
      const prefix = `co:${this.principal.companyId}:`;
      for (const { name } of await indexedDB.databases()) if (name?.startsWith(prefix)) indexedDB.deleteDatabase(name);
    }
    this.listeners.clear();
  }
}
