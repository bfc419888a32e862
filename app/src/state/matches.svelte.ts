import { isRecord, matchLog, type MatchLogEntry } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

export const MATCHES_PAGE_SIZE = 10;

function isEntry(v: unknown): v is MatchLogEntry {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    typeof v.at === 'number' &&
    typeof v.exhibitId === 'string' &&
    typeof v.exhibitNameZh === 'string' &&
    typeof v.exhibitNameEn === 'string'
  );
}

/**
 * 展品配对列表 (R1.8): the agent's log of exhibits pushed to buyers, read from `co:{cid}:matches`,
 * newest first, 10 a page. Accounts without the matchingList permission have no such doc.
 */
export class MatchesState {
  entries = $state<MatchLogEntry[]>([]);
  page = $state(1);
  readonly available: boolean;
  private stop = () => {};

  readonly pages = $derived(Math.max(1, Math.ceil(this.entries.length / MATCHES_PAGE_SIZE)));
  readonly visible = $derived.by(() => {
    const page = Math.min(this.page, this.pages);
    return this.entries.slice((page - 1) * MATCHES_PAGE_SIZE, page * MATCHES_PAGE_SIZE);
  });

  constructor(workspace: Workspace) {
    const synced = workspace.doc('matches');
    this.available = synced !== undefined;
    if (!synced) return;
    const log = matchLog(synced.doc);
    const read = () => {
      // The log is appended in time order; a merge of offline writes need not be, so sort.
      this.entries = log
        .toArray()
        .filter(isEntry)
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
    };
    read();
    log.observe(read);
    this.stop = () => log.unobserve(read);
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
