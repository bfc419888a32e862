import { SvelteMap } from 'svelte/reactivity';
import {
  isMessageKey,
  isRecord,
  noticesArray,
  quotaMap,
  readQuota,
  recommendQuota,
  recommendedMap,
  remaining,
  type Company,
  type FairNotice,
  type QuotaState,
} from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

const DISMISSED_KEY = 'fairdesk.notices.dismissed';

/**
 * What the fair (the agent) tells the company, from `co:{cid}:fair`: the recommendation quota
 * and what is spent (R1.5), each exhibit's recommended count (R1.7), and notices such as listings
 * the agent undid at the 2,500 cap.
 */
export class FairState {
  quota = $state<QuotaState>({ total: 0, spent: 0 });
  /** The agent has written the quota; until then the company's own tier tells the total. */
  quotaKnown = $state(false);
  readonly recommended = new SvelteMap<string, number>();
  notices = $state<FairNotice[]>([]);
  private dismissed = $state<string[]>(loadDismissed());
  private stop = () => {};

  constructor(workspace: Workspace) {
    const synced = workspace.doc('fair');
    if (!synced) return;
    const doc = synced.doc;
    const read = () => {
      this.quota = readQuota(doc);
      this.quotaKnown = quotaMap(doc).has('total');
      const counts = recommendedMap(doc);
      for (const id of [...this.recommended.keys()]) if (!counts.has(id)) this.recommended.delete(id);
      counts.forEach((n, id) => {
        if (this.recommended.get(id) !== Number(n)) this.recommended.set(id, Number(n) || 0);
      });
      this.notices = noticesArray(doc)
        .toArray()
        .filter((n) => isRecord(n) && typeof n.id === 'string' && typeof n.at === 'number' && isMessageKey(n.key) && Array.isArray(n.exhibitIds))
        .sort((a, b) => b.at - a.at);
    };
    read();
    doc.on('update', read);
    this.stop = () => doc.off('update', read);
  }

  /** Notices not dismissed on this device, newest first. */
  get openNotices(): FairNotice[] {
    return this.notices.filter((n) => !this.dismissed.includes(n.id)).slice(0, 5);
  }

  dismiss(id: string): void {
    this.dismissed = [...this.dismissed, id].slice(-200);
    localStorage.setItem(DISMISSED_KEY, JSON.stringify(this.dismissed));
  }

  /** Total and what is left, less the recommendations this device still waits to hear about. */
  quotaFor(company: Company | null, waiting: number): { total: number; remaining: number } {
    const total = this.quotaKnown ? this.quota.total : company ? recommendQuota(company) : 0;
    return { total, remaining: Math.max(0, remaining({ total, spent: this.quota.spent }) - waiting) };
  }

  recommendedCount(exhibitId: string): number {
    return this.recommended.get(exhibitId) ?? 0;
  }

  destroy(): void {
    this.stop();
  }
}

function loadDismissed(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
