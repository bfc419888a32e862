import type { RequestId } from './ids.ts';
import type { MessageKey } from '../i18n/keys.ts';

/**
 * A request a client writes into a doc it may write; the agent applies it once, by id, and
 * writes the outcome (DESIGN.md "Trusted rules").
 */
export const REQUEST_KINDS = [
  'recommend',
  'postIntent',
  'setAllocation',
  'assign',
  'setProgress',
  'book',
  'cancelBooking',
  'sendCard',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export interface TrustedRequest {
  id: RequestId;
  kind: RequestKind;
  by: string;
  at: number;
  payload: Record<string, string | number | boolean>;
}

export type Outcome =
  | { requestId: RequestId; status: 'accepted'; at: number }
  | { requestId: RequestId; status: 'refused'; reason: MessageKey; at: number };

/** What the UI shows for a request: pending until its outcome arrives. */
export type RequestState = 'pending' | Outcome['status'];

export function requestState(outcome: Outcome | undefined): RequestState {
  return outcome ? outcome.status : 'pending';
}
