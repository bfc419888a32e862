import { liveQuery } from 'dexie';
import { SvelteSet } from 'svelte/reactivity';
import {
  addExhibit,
  bansMap,
  MAX_LISTED_EXHIBITS,
  updateExhibit,
  type AccountId,
  type Exhibit,
  type ExhibitInput,
  type MessageKey,
  type Result,
} from '@fairdesk/shared';
import { defaultCatalogQuery, filterCatalog, type CatalogQuery } from '@fairdesk/shared/rules/catalog-filter';
import type { Workspace } from '../sync/workspace.ts';

export type { StatusFilter } from '@fairdesk/shared/rules/catalog-filter';

/** What a batch action did, or why it did nothing. */
export type BatchResult =
  | { ok: true; changed: number; bannedSkipped: number }
  | { ok: false; key: MessageKey; params?: Record<string, number> };

/**
 * The exhibit catalogue (展品管理): reads the Dexie projection, writes the catalog Y.Doc.
 * Whether a write is allowed is the server's decision; `canEdit` only decides what to offer.
 */
export class CatalogState {
  exhibits = $state<Exhibit[]>([]);
  loaded = $state(false);
  query = $state<CatalogQuery>(defaultCatalogQuery());
  /** Ticked rows for the batch actions; kept across pages and filters. */
  readonly selected = new SvelteSet<string>();
  readonly canEdit: boolean;
  private subscription: { unsubscribe(): void } | null = null;
  private destroyed = false;

  /** Exhibits the fair has banned (its `bans` map is the authority, whatever the catalogue says). */
  private bans = $state<Record<string, true>>({});
  /** The exhibits as the fair sees them: a ban shows as 已封禁. */
  readonly rows = $derived(this.exhibits.map((e) => (this.bans[e.id] && e.status !== 'banned' ? { ...e, status: 'banned' as const } : e)));
  readonly view = $derived(filterCatalog(this.rows, this.query));
  readonly listedCount = $derived(this.rows.reduce((n, e) => n + (e.status === 'listed' ? 1 : 0), 0));
  private stopBans = () => {};

  constructor(readonly workspace: Workspace) {
    const p = workspace.principal;
    this.canEdit = p.kind === 'account' && (p.role === 'main' || p.permissions.includes('editExhibits'));
    const fair = workspace.doc('fair')?.doc;
    if (fair) {
      const readBans = () => {
        const banned = bansMap(fair);
        this.bans = idSet([...banned.keys()].filter((id) => banned.get(id) === true));
      };
      readBans();
      bansMap(fair).observe(readBans);
      this.stopBans = () => bansMap(fair).unobserve(readBans);
    }
    // liveQuery only tracks what its querier reads through Dexie, so it must not await anything
    // else: subscribe once the projection is ready.
    void workspace.ready.then(() => {
      if (this.destroyed) return;
      this.subscription = liveQuery(() => workspace.db.exhibits.toArray()).subscribe({
        next: (rows) => {
          this.exhibits = rows;
          this.loaded = true;
          const present = idSet(rows.map((r) => r.id));
          for (const id of [...this.selected]) if (!present[id]) this.selected.delete(id);
        },
        error: (e: unknown) => console.error('catalog', e),
      });
    });
  }

  /** Changes filters or the search; the list goes back to its first page. */
  filter(patch: Partial<Omit<CatalogQuery, 'page' | 'pageSize'>>): void {
    this.query = { ...this.query, ...patch, page: 1 };
  }

  goToPage(page: number): void {
    this.query = { ...this.query, page };
  }

  private get doc() {
    const synced = this.workspace.doc('catalog');
    if (!synced) throw new Error('no catalog doc for this account');
    return synced.doc;
  }

  add(input: ExhibitInput): Result<Exhibit> {
    return addExhibit(this.doc, input);
  }

  update(id: string, patch: Partial<ExhibitInput>): Result<Exhibit> {
    return updateExhibit(this.doc, id, patch);
  }

  /** 立即上架 / 立即下架. A banned exhibit stays banned: only the fair lifts a ban. */
  setListed(exhibit: Exhibit, listed: boolean): BatchResult {
    return this.setListedMany([exhibit.id], listed);
  }

  /**
   * 批量上下架. Refuses up front when listing would pass the 2,500 cap; the agent enforces the
   * cap too (another device may list at the same time) and says so in a fair notice.
   */
  setListedMany(ids: Iterable<string>, listed: boolean): BatchResult {
    const chosen = this.pick(ids);
    if (chosen.length === 0) return { ok: false, key: 'catalogue.noneSelected' };
    const banned = chosen.filter((e) => e.status === 'banned').length;
    const target = listed ? 'listed' : 'unlisted';
    const changing = chosen.filter((e) => e.status !== 'banned' && e.status !== target);
    if (listed && this.listedCount + changing.length > MAX_LISTED_EXHIBITS) {
      return { ok: false, key: 'catalogue.capReached', params: { listed: this.listedCount, left: Math.max(0, MAX_LISTED_EXHIBITS - this.listedCount) } };
    }
    this.doc.transact(() => {
      for (const e of changing) updateExhibit(this.doc, e.id, { status: target });
    });
    return { ok: true, changed: changing.length, bannedSkipped: banned };
  }

  /** 置顶 / 取消置顶. */
  setPinned(exhibit: Exhibit, pinned: boolean): Result<Exhibit> {
    return this.update(exhibit.id, { pinned });
  }

  /** 关联业务员 for several exhibits at once: their links become exactly `accountIds`. */
  linkSalespeople(ids: Iterable<string>, accountIds: readonly string[]): BatchResult {
    const chosen = this.pick(ids);
    if (chosen.length === 0) return { ok: false, key: 'catalogue.noneSelected' };
    const salespersonIds = [...accountIds] as AccountId[];
    this.doc.transact(() => {
      for (const e of chosen) updateExhibit(this.doc, e.id, { salespersonIds });
    });
    return { ok: true, changed: chosen.length, bannedSkipped: 0 };
  }

  private pick(ids: Iterable<string>): Exhibit[] {
    const wanted = idSet(ids);
    return this.rows.filter((e) => wanted[e.id]);
  }

  destroy(): void {
    this.destroyed = true;
    this.subscription?.unsubscribe();
    this.stopBans();
  }
}

/** A plain lookup of ids (not reactive: it lives only inside one call). */
function idSet(ids: Iterable<string>): Record<string, true> {
  const out: Record<string, true> = Object.create(null);
  for (const id of ids) out[id] = true;
  return out;
}
