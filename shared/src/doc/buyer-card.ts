import type * as Y from 'yjs';
import { readCardInput, type Card, type CardInput } from '../model/card.ts';
import type { CardId } from '../model/ids.ts';
import type { Result } from '../model/validate.ts';

/**
 * The buyer's own card (名片, R6.1), kept in `buyer:{bid}` as a Y.Map `card` of Card fields. The
 * buyer edits it (offline too); the agent copies it into each purchase intent at the moment the
 * intent is sent, so a later edit never changes an intent already sent.
 */
export function buyerCardMap(doc: Y.Doc): Y.Map<string> {
  return doc.getMap('card');
}

const FIELDS = ['nameZh', 'nameEn', 'companyZh', 'companyEn', 'titleZh', 'titleEn', 'region', 'email', 'phone', 'fax', 'address'] as const;

/** Every field as stored, '' where missing: what the card form starts from. */
export function readCardFields(doc: Y.Doc): CardInput {
  const m = buyerCardMap(doc);
  const out = {} as CardInput;
  for (const f of FIELDS) {
    const v = m.get(f);
    out[f] = typeof v === 'string' ? v : '';
  }
  return out;
}

/** The card if it is valid (at least one name; email and phone well formed), else null. */
export function readBuyerCard(doc: Y.Doc, buyerId: string): Card | null {
  const read = readCardInput(readCardFields(doc));
  return read.ok ? { id: `card-${buyerId}` as CardId, ...read.value } : null;
}

/** Validates with the shared reader and writes the fields that changed, in one transaction. */
export function writeBuyerCard(doc: Y.Doc, input: unknown): Result<CardInput> {
  const read = readCardInput(input);
  if (!read.ok) return read;
  doc.transact(() => {
    const m = buyerCardMap(doc);
    for (const f of FIELDS) if (m.get(f) !== read.value[f]) m.set(f, read.value[f]);
  });
  return read;
}

/** The name the company sees for a buyer: the card's name in both languages where given. */
export function cardDisplayName(card: Pick<Card, 'nameZh' | 'nameEn'>): string {
  return [card.nameZh, card.nameEn].filter(Boolean).join(' / ');
}
