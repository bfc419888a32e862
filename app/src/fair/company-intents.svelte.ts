import {
  addRequest,
  feedIntentsMap,
  readBuyerCard,
  readCardFields,
  readIntentInput,
  readOutcome,
  requestsMap,
  writeBuyerCard,
  type Card,
  type CardInput,
  type FeedIntentStatus,
  type MessageKey,
  type Result,
} from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

export const EMPTY_CARD: CardInput = {
  nameZh: '', nameEn: '', companyZh: '', companyEn: '', titleZh: '', titleEn: '', region: '', email: '', phone: '', fax: '', address: '',
};

/** One postIntent request as the buyer sees it: waiting, refused (why), or the intent it became. */
export interface SentIntent {
  requestId: string;
  companyId: string;
  at: number;
  state: 'pending' | 'refused' | 'accepted';
  reason: MessageKey | null;
  status: (FeedIntentStatus & { intentId: string }) | null;
}

/**
 * The buyer's purchase intents to companies (R6.1) and its card: both written into its own
 * `buyer:{bid}` doc (offline too), the agent's outcomes beside them, the status in `feed:{bid}`.
 */
export class CompanyIntentsState {
  card = $state<Card | null>(null);
  fields = $state<CardInput>({ ...EMPTY_CARD });
  sent = $state<SentIntent[]>([]);
  private stops: (() => void)[] = [];

  constructor(private readonly workspace: Workspace) {
    const buyer = workspace.doc('buyer');
    const feed = workspace.doc('feed');
    if (!buyer || !feed) return;
    const read = () => {
      this.card = readBuyerCard(buyer.doc, workspace.principal.id);
      this.fields = readCardFields(buyer.doc);
      const byRequest: Record<string, FeedIntentStatus & { intentId: string }> = {};
      feedIntentsMap(feed.doc).forEach((s, intentId) => (byRequest[s.requestId] = { ...s, intentId }));
      const list: SentIntent[] = [];
      requestsMap(buyer.doc).forEach((r, id) => {
        if (r.kind !== 'postIntent') return;
        const o = readOutcome(buyer.doc, id);
        const status = Object.hasOwn(byRequest, id) ? byRequest[id] : null;
        list.push({
          requestId: id,
          companyId: String(r.payload.companyId ?? ''),
          at: r.at,
          state: status ? 'accepted' : (o?.status ?? 'pending'),
          reason: o?.status === 'refused' ? o.reason : null,
          status,
        });
      });
      this.sent = list.sort((a, b) => b.at - a.at);
    };
    read();
    buyer.doc.on('update', read);
    feed.doc.on('update', read);
    this.stops.push(() => buyer.doc.off('update', read), () => feed.doc.off('update', read));
    void Promise.all([buyer.loaded, feed.loaded]).then(read);
  }

  saveCard(input: unknown): Result<CardInput> {
    const buyer = this.workspace.doc('buyer');
    if (!buyer) return { ok: false, errors: [{ field: '', code: 'error.forbidden' }] };
    return writeBuyerCard(buyer.doc, input);
  }

  /** Validates as the agent will, then writes the request; the outcome arrives beside it. */
  send(companyId: string, input: unknown): Result<string> {
    const buyer = this.workspace.doc('buyer');
    if (!buyer) return { ok: false, errors: [{ field: '', code: 'error.forbidden' }] };
    if (!this.card) return { ok: false, errors: [{ field: '', code: 'intents.cardMissing' }] };
    const read = readIntentInput(input);
    if (!read.ok) return read;
    const { exhibitId, quantity, unit, description } = read.value;
    return { ok: true, value: addRequest(buyer.doc, 'postIntent', this.workspace.principal.id, { companyId, exhibitId, quantity, unit, description }) };
  }

  destroy(): void {
    for (const stop of this.stops) stop();
  }
}
