import type { AccountId, BuyerId, CompanyId, ExhibitId, IntentId } from './ids.ts';
import type { Card } from './card.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/** 洽谈进度 (R2.6). */
export const INTENT_PROGRESS = ['new', 'contacted', 'completed'] as const;
export type IntentProgress = (typeof INTENT_PROGRESS)[number];

export const BUYER_TAGS = ['vip', 'attendedBefore', 'domestic', 'overseas'] as const;
export type BuyerTag = (typeof BUYER_TAGS)[number];

/** A purchase intent (采购意向, R2.5) as the company holds it. */
export interface Intent {
  id: IntentId;
  companyId: CompanyId;
  buyerId: BuyerId;
  buyerName: string;
  buyerCard: Card | null;
  tags: BuyerTag[];
  email: string;
  exhibitId: ExhibitId | '';
  quantity: number;
  unit: string;
  description: string;
  createdAt: number;
  assigneeId: AccountId | '';
  progress: IntentProgress;
}

/** What a buyer fills in. */
export interface IntentInput {
  exhibitId: string;
  quantity: number;
  unit: string;
  description: string;
}

export function readIntentInput(input: unknown): Result<IntentInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  return r.result({
    exhibitId: r.text('exhibitId', { max: 64 }),
    quantity: r.number('quantity', { min: 1, max: 1e9, integer: true, fallback: 1 }),
    unit: r.text('unit', { required: true, max: 20 }),
    description: r.text('description', { required: true, max: 2000 }),
  });
}

/**
 * The time-based intent id of R2.5 (e.g. 2021031215551622912100): Beijing date and time to the
 * millisecond, then a 5-digit sequence so two intents in one millisecond still differ (22 digits,
 * like the guide's example).
 */
export function intentId(at: number, sequence: number): IntentId {
  const d = new Date(at + 8 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}${p(d.getUTCMilliseconds(), 3)}` +
    p((((Math.trunc(sequence) % 100000) + 100000) % 100000) || 0, 5)
  ) as IntentId;
}
