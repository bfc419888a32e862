import { can, intentsMap, readUpToMap, type Intent } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';
import { compareIntents, filterIntents, NO_FILTER, pageCount, pageOf, readIntent, type IntentFilter } from './intent-list.ts';

/** 全部采购意向 reads the ledger (main only); 我收到的采购意向 reads this account's desk. */
export type IntentScope = 'all' | 'mine';

/** The key in the desk's read markers that says the account has opened an intent list (guide step 4). */
export const INTENTS_SEEN = 'intents';

/**
 * A list of purchase intents (R2.4) straight from its Y.Doc: newest first, filtered by Beijing
 * days and section, 10 a page. The agent is the only writer of these intents.
 */
export class IntentsState {
  intents = $state<Intent[]>([]);
  filter = $state<IntentFilter>({ ...NO_FILTER });
  page = $state(1);
  readonly available: boolean;
  private stop = () => {};

  readonly filtered = $derived(filterIntents(this.intents, this.filter, (id) => this.sectionOf(id)));
  readonly pages = $derived(pageCount(this.filtered.length));
  readonly visible = $derived(pageOf(this.filtered, this.page));

  constructor(
    workspace: Workspace,
    readonly scope: IntentScope,
    private readonly sectionOf: (exhibitId: string) => string,
  ) {
    const p = workspace.principal;
    const synced = workspace.doc(scope === 'all' ? 'ledger' : 'desk');
    this.available = synced !== undefined && (scope === 'all' ? p.kind === 'account' && p.role === 'main' : can(p, 'receiveIntents'));
    if (!synced || !this.available) return;
    const map = intentsMap(synced.doc);
    const read = () => {
      const out: Intent[] = [];
      map.forEach((v) => {
        const intent = readIntent(v);
        if (intent) out.push(intent);
      });
      this.intents = out.sort(compareIntents);
    };
    read();
    map.observe(read);
    this.stop = () => map.unobserve(read);
  }

  find(id: string): Intent | undefined {
    return this.intents.find((i) => i.id === id);
  }

  setFilter(patch: Partial<IntentFilter>): void {
    this.filter = { ...this.filter, ...patch };
    this.page = 1;
  }

  /** Goes to a page, clamped to the pages there are; anything not a number stays put. */
  goTo(page: number): void {
    if (!Number.isFinite(page)) return;
    this.page = Math.min(this.pages, Math.max(1, Math.floor(page)));
  }

  destroy(): void {
    this.stop();
  }
}

/** Marks on the desk that this account has looked at its intents (the starter guide's step 4). */
export function markIntentsSeen(workspace: Workspace, now = Date.now()): void {
  const desk = workspace.doc('desk');
  if (desk && !readUpToMap(desk.doc).has(INTENTS_SEEN)) readUpToMap(desk.doc).set(INTENTS_SEEN, now);
}
