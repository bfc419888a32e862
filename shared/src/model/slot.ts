import type { SlotId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

export const DEFAULT_SLOT_MINUTES = 30;

/** A meeting slot (洽谈时段, R5.1), in Beijing time. */
export interface Slot {
  id: SlotId;
  date: string;
  start: string;
  minutes: number;
  createdAt: number;
}

export type SlotInput = Pick<Slot, 'date' | 'start' | 'minutes'>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** YYYY-MM-DD and a day that exists (no 2021-02-30). */
function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function readSlotInput(input: unknown): Result<SlotInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  const date = r.text('date', { required: true, max: 10 });
  const start = r.text('start', { required: true, max: 5 });
  if (date && !isCalendarDate(date)) r.errors.push({ field: 'date', code: 'error.date' });
  if (start && !TIME.test(start)) r.errors.push({ field: 'start', code: 'error.time' });
  return r.result({ date, start, minutes: r.number('minutes', { min: 5, max: 240, integer: true, fallback: DEFAULT_SLOT_MINUTES }) });
}

/** R5.2: a slot takes at most as many bookings as the company has accounts, main included. */
export function slotCapacity(accountCount: number): number {
  return Math.max(1, accountCount);
}
