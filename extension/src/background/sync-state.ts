import type { SyncState } from '../lib/summary.ts';

/** One doc's connection as the sync state needs to see it. */
export interface LinkState {
  /** The server confirmed sync step 2: everything both sides had is exchanged. */
  synced: boolean;
  /** Connection attempts that failed or dropped since the last successful sync. */
  failures: number;
  /** The server closed the socket for good (4401, 4403): this doc will not sync. */
  closed: boolean;
  /** Changes made here while not synced, so not yet sent to the server. */
  dirty: boolean;
}

/**
 * The popup's one word for all docs together. Unsent changes matter most ("changes waiting"),
 * then any doc that cannot reach the server (offline), then a first attempt still under way.
 */
export function combineSyncState(links: readonly LinkState[]): SyncState {
  if (links.some((l) => l.dirty)) return 'pending';
  if (links.length > 0 && links.every((l) => l.synced)) return 'online';
  if (links.some((l) => !l.synced && (l.closed || l.failures > 0))) return 'offline';
  return 'connecting';
}
