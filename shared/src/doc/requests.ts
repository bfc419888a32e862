import type * as Y from 'yjs';
import { newId, isId, type RequestId } from '../model/ids.ts';
import { isRecord } from '../model/validate.ts';
import { isMessageKey } from '../i18n/index.ts';
import { REQUEST_KINDS, type Outcome, type RequestKind, type TrustedRequest } from '../model/request.ts';

/**
 * Requests and outcomes (DESIGN.md "Trusted rules"). A client writes a request into a doc it may
 * write (its desk `co:{cid}:acct:{aid}`, or a buyer's `buyer:{bid}`); offline it waits there. The
 * agent applies each once, by id, in arrival order, and writes the outcome beside it. An outcome
 * in a client-writable doc is only what the UI shows: the state the rule protects (quota spent,
 * bookings) lives in agent-only docs.
 */
export function requestsMap(doc: Y.Doc): Y.Map<TrustedRequest> {
  return doc.getMap('requests');
}

export function outcomesMap(doc: Y.Doc): Y.Map<Outcome> {
  return doc.getMap('outcomes');
}

const KINDS: readonly RequestKind[] = REQUEST_KINDS;

/** Writes a new request; returns its id so the UI can follow its outcome. */
export function addRequest(doc: Y.Doc, kind: RequestKind, by: string, payload: TrustedRequest['payload'], at = Date.now()): RequestId {
  const id = newId<RequestId>('rq');
  requestsMap(doc).set(id, { id, kind, by, at, payload });
  return id;
}

/** Reads a request written by a client: anything malformed is null, and the agent refuses it. */
export function readRequest(id: string, value: unknown): TrustedRequest | null {
  if (!isId(id) || !isRecord(value) || value.id !== id) return null;
  if (!KINDS.includes(value.kind as RequestKind) || typeof value.by !== 'string' || typeof value.at !== 'number') return null;
  if (!isRecord(value.payload)) return null;
  const payload: TrustedRequest['payload'] = {};
  for (const [k, v] of Object.entries(value.payload)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') payload[k] = v;
  }
  return { id: id as RequestId, kind: value.kind as RequestKind, by: value.by, at: value.at, payload };
}

export function readOutcome(doc: Y.Doc, requestId: string): Outcome | undefined {
  const o = outcomesMap(doc).get(requestId);
  if (!isRecord(o) || (o.status !== 'accepted' && o.status !== 'refused')) return undefined;
  if (o.status === 'refused' && !isMessageKey(o.reason)) return undefined;
  return o;
}

/** Requests that have no outcome yet, oldest first (the order the agent applies them in). */
export function pendingRequests(doc: Y.Doc): TrustedRequest[] {
  const out: TrustedRequest[] = [];
  requestsMap(doc).forEach((value, id) => {
    const r = readRequest(id, value);
    if (r && !outcomesMap(doc).has(id)) out.push(r);
  });
  return out.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

export function writeOutcome(doc: Y.Doc, outcome: Outcome): void {
  outcomesMap(doc).set(outcome.requestId, outcome);
}
