import {
  buyerIntents,
  feedMatches,
  newId,
  readFairIntentInput,
  type BuyerId,
  type FairIntent,
  type FeedMatch,
  type IntentId,
  type Result,
} from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';
import { readFeedMatches, readFairIntent } from './intent-read.ts';

/** What the buyer sees of an intent's matching: sent yet, being matched, or its outcome. */
export type MatchStatus = 'waiting' | 'matching' | 'matched' | 'none';

/**
 * A buyer's purchase intents to the fair (R6.2): written into its own `buyer:{bid}` doc (offline
 * too; they sync later), and the matches the fair pushes into `feed:{bid}`, per intent.
 */
export class BuyerIntentsState {
  intents = $state<FairIntent[]>([]);
  matches = $state<Record<string, FeedMatch[]>>({});
  /** The buyer doc has changes the server has not confirmed yet. */
  unsent = $state(false);
  private stops: (() => void)[] = [];

  constructor(private readonly workspace: Workspace) {
    const buyer = workspace.doc('buyer');
    const feed = workspace.doc('feed');
    if (!buyer || !feed) return;
    const readIntents = () => {
      const list: FairIntent[] = [];
      buyerIntents(buyer.doc).forEach((v, id) => {
        const intent = readFairIntent(id, v);
        if (intent) list.push(intent);
      });
      this.intents = list.sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
    };
    const readMatches = () => {
      const all: Record<string, FeedMatch[]> = {};
      feedMatches(feed.doc).forEach((v, intentId) => (all[intentId] = readFeedMatches(v)));
      this.matches = all;
    };
    const readState = () => (this.unsent = buyer.state !== 'online');
    readIntents();
    readMatches();
    readState();
    buyer.doc.on('update', readIntents);
    feed.doc.on('update', readMatches);
    this.stops.push(
      () => buyer.doc.off('update', readIntents),
      () => feed.doc.off('update', readMatches),
      buyer.onChange(readState),
    );
    void Promise.all([buyer.loaded, feed.loaded]).then(() => {
      readIntents();
      readMatches();
    });
  }

  get available(): boolean {
    return this.workspace.principal.kind === 'buyer';
  }

  status(intentId: string): MatchStatus {
    const found = this.matches[intentId];
    if (found) return found.length ? 'matched' : 'none';
    return this.unsent ? 'waiting' : 'matching';
  }

  /** Validates with the shared reader and writes the intent; errors name fields and message keys. */
  post(input: unknown): Result<FairIntent> {
    const p = this.workspace.principal;
    const buyer = this.workspace.doc('buyer');
    if (p.kind !== 'buyer' || !buyer) return { ok: false, errors: [{ field: '', code: 'error.forbidden' }] };
    const read = readFairIntentInput(input);
    if (!read.ok) return read;
    const intent: FairIntent = { ...read.value, id: newId<IntentId>('fi'), buyerId: p.id as BuyerId, at: Date.now() };
    buyerIntents(buyer.doc).set(intent.id, intent);
    return { ok: true, value: intent };
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }
}
