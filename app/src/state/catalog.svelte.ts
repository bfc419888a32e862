import { liveQuery } from 'dexie';
import {
  addExhibit,
  compareExhibits,
  updateExhibit,
  type DisplayStatus,
  type Exhibit,
  type ExhibitInput,
  type Result,
} from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

export type StatusFilter = DisplayStatus | 'all';

/**
 * The exhibit catalogue (展品管理): reads the Dexie projection, writes the catalog Y.Doc.
 * Whether a write is allowed is the server's decision; `canEdit` only decides what to offer.
 */
export class CatalogState {
  exhibits = $state<Exhibit[]>([]);
  loaded = $state(false);
  status = $state<StatusFilter>('all');
  readonly canEdit: boolean;
  private subscription: { unsubscribe(): void } | null = null;
  private destroyed = false;

  readonly counts = $derived.by(() => {
    const counts: Record<StatusFilter, number> = { all: 0, listed: 0, unlisted: 0, banned: 0 };
    for (const e of this.exhibits) {
      counts.all++;
      counts[e.status]++;
    }
    return counts;
  });

  readonly visible = $derived(
    this.exhibits.filter((e) => this.status === 'all' || e.status === this.status).sort(compareExhibits),
  );

  constructor(private readonly workspace: Workspace) {
    const p = workspace.principal;
    this.canEdit = p.kind === 'account' && (p.role === 'main' || p.permissions.includes('editExhibits'));
    // liveQuery only tracks what its querier reads through Dexie, so it must not await anything
    // else: subscribe once the projection is ready.
    void workspace.ready.then(() => {
      if (this.destroyed) return;
      this.subscription = liveQuery(() => workspace.db.exhibits.toArray()).subscribe({
        next: (rows) => {
          this.exhibits = rows;
          this.loaded = true;
        },
        error: (e: unknown) => console.error('catalog', e),
      });
    });
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
  setListed(exhibit: Exhibit, listed: boolean): Result<Exhibit> | null {
    if (exhibit.status === 'banned') return null;
    return this.update(exhibit.id, { status: listed ? 'listed' : 'unlisted' });
  }

  destroy(): void {
    this.destroyed = true;
    this.subscription?.unsubscribe();
  }
}
