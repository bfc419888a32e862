import {
  addRequest,
  can,
  outcomesMap,
  readOutcome,
  readRequest,
  requestsMap,
  type MessageKey,
  type RequestState,
} from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

export interface RecommendRequest {
  id: string;
  exhibitId: string;
  at: number;
  state: RequestState;
  reason: MessageKey | null;
}

/**
 * Recommending an exhibit (R1.5–R1.7) as a request in this account's desk doc: it waits there
 * (also offline) until the agent, the authority on the quota, writes its outcome beside it.
 */
export class RecommendState {
  requests = $state<RecommendRequest[]>([]);
  /** Main accounts always; sub-accounts with the recommend permission. */
  readonly allowed: boolean;
  private stop = () => {};

  constructor(private readonly workspace: Workspace) {
    this.allowed = can(workspace.principal, 'recommend');
    const synced = workspace.doc('desk');
    if (!synced) return;
    const doc = synced.doc;
    const read = () => {
      const out: RecommendRequest[] = [];
      requestsMap(doc).forEach((value, id) => {
        const r = readRequest(id, value);
        if (!r || r.kind !== 'recommend' || typeof r.payload.exhibitId !== 'string') return;
        const outcome = readOutcome(doc, id);
        out.push({
          id,
          exhibitId: r.payload.exhibitId,
          at: r.at,
          state: outcome ? outcome.status : outcomesMap(doc).has(id) ? 'refused' : 'pending',
          reason: outcome?.status === 'refused' ? outcome.reason : null,
        });
      });
      this.requests = out.sort((a, b) => a.at - b.at);
    };
    read();
    doc.on('update', read);
    this.stop = () => doc.off('update', read);
  }

  get waiting(): number {
    return this.requests.filter((r) => r.state === 'pending').length;
  }

  /** The newest request for an exhibit: what its row shows. */
  latestFor(exhibitId: string): RecommendRequest | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) if (this.requests[i].exhibitId === exhibitId) return this.requests[i];
    return undefined;
  }

  /** Writes the request, or refuses early when nothing is left (no request is written then). */
  recommend(exhibitId: string, remaining: number): MessageKey | null {
    if (!this.allowed) return 'error.forbidden';
    if (remaining <= 0) return 'catalogue.recommend.exhausted';
    const desk = this.workspace.doc('desk');
    if (!desk) return 'error.forbidden';
    addRequest(desk.doc, 'recommend', this.workspace.principal.id, { exhibitId });
    return null;
  }

  destroy(): void {
    this.stop();
  }
}
