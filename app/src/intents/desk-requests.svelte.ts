import { addRequest, outcomesMap, readOutcome, readRequest, requestsMap, type MessageKey, type RequestKind, type RequestState, type TrustedRequest } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

export interface TrackedRequest {
  id: string;
  kind: RequestKind;
  at: number;
  payload: TrustedRequest['payload'];
  state: RequestState;
  reason: MessageKey | null;
}

/**
 * Requests this account wrote into its own desk doc (assign, setProgress, setAllocation) with
 * their outcomes: pending until the agent answers, then accepted or refused with a reason.
 */
export class DeskRequests {
  requests = $state<TrackedRequest[]>([]);
  private stop = () => {};

  constructor(
    private readonly workspace: Workspace,
    private readonly kinds: readonly RequestKind[],
  ) {
    const synced = workspace.doc('desk');
    if (!synced) return;
    const doc = synced.doc;
    const read = () => {
      const out: TrackedRequest[] = [];
      requestsMap(doc).forEach((value, id) => {
        const r = readRequest(id, value);
        if (!r || !this.kinds.includes(r.kind)) return;
        const outcome = readOutcome(doc, id);
        out.push({
          id,
          kind: r.kind,
          at: r.at,
          payload: r.payload,
          // An outcome we cannot read (an unknown reason) is still an answer: show it as refused.
          state: outcome ? outcome.status : outcomesMap(doc).has(id) ? 'refused' : 'pending',
          reason: outcome?.status === 'refused' ? outcome.reason : outcomesMap(doc).has(id) && !outcome ? 'error.invalid' : null,
        });
      });
      this.requests = out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    };
    read();
    doc.on('update', read);
    this.stop = () => doc.off('update', read);
  }

  /** Writes a request into this account's desk; it waits there (also offline) for the agent. */
  send(kind: RequestKind, payload: TrustedRequest['payload']): string | null {
    const desk = this.workspace.doc('desk');
    if (!desk) return null;
    return addRequest(desk.doc, kind, this.workspace.principal.id, payload);
  }

  /** The newest request matching `test`: what the screen shows next to the thing it is about. */
  latest(test: (r: TrackedRequest) => boolean): TrackedRequest | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) if (test(this.requests[i])) return this.requests[i];
    return undefined;
  }

  destroy(): void {
    this.stop();
  }
}
