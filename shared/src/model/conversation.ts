import type { AccountId, BuyerId, CompanyId, ConversationId, ExhibitId, IntentId, MessageId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/** A chat between one buyer and one company (即时沟通, R4). */
export interface Conversation {
  id: ConversationId;
  companyId: CompanyId;
  buyerId: BuyerId;
  accountId: AccountId;
  pinned: boolean;
  blocked: boolean;
  lastAt: number;
  /** What the chat was started from, shown as a summary in the window (R4.3). */
  about: { kind: 'exhibit'; id: ExhibitId } | { kind: 'intent'; id: IntentId } | null;
}

/** Messages are text or images only (R4.3); an image is a blob id, never inline data. */
export type MessageBody = { kind: 'text'; text: string } | { kind: 'image'; imageId: string };

export interface Message {
  id: MessageId;
  conversationId: ConversationId;
  from: 'buyer' | 'account';
  authorId: string;
  body: MessageBody;
  at: number;
}

export const MAX_MESSAGE_LENGTH = 5000;

export function readMessageBody(input: unknown): Result<MessageBody> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  const kind = r.oneOf('kind', ['text', 'image'] as const, 'text');
  if (kind === 'image') return r.result({ kind, imageId: r.text('imageId', { required: true, max: 128 }) });
  return r.result({ kind, text: r.text('text', { required: true, max: MAX_MESSAGE_LENGTH }) });
}
