import type { AccountId, BookingId, BuyerId, SlotId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/** 待分配 / 已分配 / 已拒绝 / 已取消 (R5.3, R5.4). */
export const BOOKING_STATUSES = ['pending', 'assigned', 'rejected', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface Booking {
  id: BookingId;
  slotId: SlotId;
  buyerId: BuyerId;
  topic: string;
  contact: string;
  region: string;
  category: string;
  source: string;
  status: BookingStatus;
  assigneeId: AccountId | '';
  reason: string;
  meetingUrl: string;
  createdAt: number;
}

export type BookingInput = Pick<Booking, 'slotId' | 'topic' | 'contact' | 'region' | 'category' | 'source'>;

export function readBookingInput(input: unknown): Result<BookingInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  return r.result({
    slotId: r.text('slotId', { required: true, max: 64 }) as SlotId,
    topic: r.text('topic', { required: true, max: 200 }),
    contact: r.text('contact', { required: true, max: 200 }),
    region: r.text('region', { max: 100 }),
    category: r.text('category', { max: 100 }),
    source: r.text('source', { max: 100 }),
  });
}
