import type { BuyerId, IntentId, SectionId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/**
 * A purchase intent a buyer posts to the whole fair (R6.2), not to one company: the fair matches
 * it against recommended exhibits (R1.8) and pushes the matches to the buyer's feed.
 */
export interface FairIntent {
  id: IntentId;
  buyerId: BuyerId;
  /** What the buyer needs, in Chinese or English. */
  text: string;
  sectionId: SectionId | '';
  category: string;
  quantity: number;
  unit: string;
  at: number;
}

export type FairIntentInput = Pick<FairIntent, 'text' | 'sectionId' | 'category' | 'quantity' | 'unit'>;

export function readFairIntentInput(input: unknown): Result<FairIntentInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  return r.result({
    text: r.text('text', { required: true, max: 2000 }),
    sectionId: r.text('sectionId', { max: 64 }) as SectionId | '',
    category: r.text('category', { max: 100 }),
    quantity: r.number('quantity', { min: 1, max: 1e9, integer: true, fallback: 1 }),
    unit: r.text('unit', { max: 20 }),
  });
}
