/** Branded ids: a string that the type checker will not mix up with another kind of id. */
export type Id<Brand extends string> = string & { readonly __brand: Brand };

export type CompanyId = Id<'company'>;
export type AccountId = Id<'account'>;
export type BuyerId = Id<'buyer'>;
export type SectionId = Id<'section'>;
export type ExhibitId = Id<'exhibit'>;
export type IntentId = Id<'intent'>;
export type CardId = Id<'card'>;
export type ConversationId = Id<'conversation'>;
export type MessageId = Id<'message'>;
export type SlotId = Id<'slot'>;
export type BookingId = Id<'booking'>;
export type RequestId = Id<'request'>;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids appear in doc names and storage keys, so only a safe alphabet is allowed. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** A new random id; `crypto.randomUUID` exists in browsers, workers and Node 20. */
export function newId<T extends Id<string>>(prefix = ''): T {
  return (prefix + globalThis.crypto.randomUUID().replace(/-/g, '')) as T;
}
