import {
  allocate,
  bansMap,
  cardDisplayName,
  intentId,
  intentsMap,
  isMessageKey,
  pendingRequests,
  readAllocationSettings,
  readBuyerCard,
  readExhibit,
  readIntentInput,
  writeOutcome,
  type AccountId,
  type BuyerId,
  type CompanyId,
  type Exhibit,
  type ExhibitId,
  type Intent,
  type MessageKey,
  type Outcome,
  type SectionId,
  type TrustedRequest,
} from '@fairdesk/shared';
import type { DocHandle } from './doc-handle.ts';
import type { IntentServices } from './intent-services.ts';
import { bothNames, copyIntent, feedApplied, ledgerPosted, notify, writeFeedStatus, type CompanyIntentDocs } from './intents-copies.ts';

/** Kinds that belong in an exhibitor's desk: written into a buyer doc they are refused. */
const DESK_ONLY = new Set(['recommend', 'setAllocation', 'assign', 'setProgress']);

export interface BuyerIntentContext {
  buyerId: string;
  buyer: DocHandle;
  feed: DocHandle;
  company(id: string): CompanyIntentDocs | null;
  services: IntentServices;
  now(): number;
}

let lastAt = 0;
let sequence = 0;

/** R2.5's id: the time to the millisecond, then a sequence unique within this run and millisecond. */
function nextIntentId(at: number, taken: (id: string) => boolean): string {
  sequence = at === lastAt ? sequence + 1 : 0;
  lastAt = at;
  let id = intentId(at, sequence);
  while (taken(id)) id = intentId(at, ++sequence);
  return id;
}

/**
 * The buyer's postIntent requests (R6.1), applied once each in arrival order: validated, given an
 * id, allocated by R2.2/R2.3 from the database's accounts, and written to the company's ledger, the
 * assignee's desk and the buyer's feed.
 */
export function applyPostIntents(ctx: BuyerIntentContext): void {
  for (const request of pendingRequests(ctx.buyer.doc)) {
    if (request.kind !== 'postIntent' && !DESK_ONLY.has(request.kind)) continue;
    const earlier = feedApplied(ctx.feed.doc).get(request.id);
    if (earlier) {
      ctx.buyer.write((doc) => writeOutcome(doc, earlier));
      continue;
    }
    const docs = typeof request.payload.companyId === 'string' ? ctx.company(request.payload.companyId) : null;
    let reason: MessageKey | null = request.kind === 'postIntent' ? null : 'error.forbidden';
    if (!reason && !docs) reason = 'error.notFound';
    if (!reason && docs && !ledgerPosted(docs.ledger.doc).has(request.id)) reason = post(ctx, docs, request);
    if (reason || !docs) {
      finish(ctx, request.id, { requestId: request.id, status: 'refused', reason: reason ?? 'error.notFound', at: ctx.now() });
      continue;
    }
    const id = ledgerPosted(docs.ledger.doc).get(request.id) as string;
    const intent = intentsMap(docs.ledger.doc).get(id);
    if (intent) deliver(ctx, docs, intent, request.id);
    finish(ctx, request.id, { requestId: request.id, status: 'accepted', at: ctx.now() });
  }
}

/** Records the decision in the feed (agent only), then shows it in the buyer doc. */
function finish(ctx: BuyerIntentContext, requestId: string, outcome: Outcome): void {
  ctx.feed.write((doc) => feedApplied(doc).set(requestId, outcome));
  ctx.buyer.write((doc) => writeOutcome(doc, outcome));
}

function listedExhibit(docs: CompanyIntentDocs, id: string): Exhibit | null {
  const e = readExhibit(docs.catalog.doc, id);
  return e && e.status === 'listed' && bansMap(docs.fair.doc).get(e.id) !== true ? e : null;
}

/** Decides and writes the intent into the ledger; returns why it was refused, or null. */
function post(ctx: BuyerIntentContext, docs: CompanyIntentDocs, request: TrustedRequest): MessageKey | null {
  const buyer = ctx.services.account(ctx.buyerId);
  if (!buyer || buyer.disabled || buyer.role !== 'buyer') return 'error.forbidden';
  const input = readIntentInput(request.payload);
  if (!input.ok) {
    const code = input.errors[0]?.code;
    return isMessageKey(code) ? code : 'error.invalid';
  }
  const card = readBuyerCard(ctx.buyer.doc, ctx.buyerId);
  if (!card) return 'intents.cardMissing';
  const exhibit = input.value.exhibitId ? listedExhibit(docs, input.value.exhibitId) : null;
  if (input.value.exhibitId && !exhibit) return 'error.notFound';
  const accounts = ctx.services.companyAccounts(docs.company.id).flatMap((a) =>
    a.role === 'buyer' ? [] : [{ id: a.id as AccountId, role: a.role, permissions: a.permissions, sectionIds: a.sectionIds as SectionId[], disabled: a.disabled }],
  );
  const chosen = allocate({
    kind: 'intent',
    mode: readAllocationSettings(docs.fair.doc).intentMode,
    exhibit: exhibit ? { salespersonIds: exhibit.salespersonIds, sectionId: exhibit.sectionId } : null,
    accounts,
    random: ctx.services.random,
  });
  if (!chosen) return 'intents.noReceiver';
  const at = ctx.now();
  const intent: Intent = {
    id: nextIntentId(at, (id) => intentsMap(docs.ledger.doc).has(id)) as Intent['id'],
    companyId: docs.company.id as CompanyId,
    buyerId: ctx.buyerId as BuyerId,
    buyerName: cardDisplayName(card),
    buyerCard: card,
    tags: ctx.services.buyerTags(ctx.buyerId),
    email: card.email,
    exhibitId: (exhibit?.id ?? '') as ExhibitId | '',
    quantity: input.value.quantity,
    unit: input.value.unit,
    description: input.value.description,
    createdAt: at,
    assigneeId: chosen.accountId,
    progress: 'new',
  };
  docs.ledger.write((doc) => {
    intentsMap(doc).set(intent.id, intent);
    ledgerPosted(doc).set(request.id, intent.id);
  });
  return null;
}

/** The copies of a new intent: the assignee's desk, notifications, the buyer's status. */
function deliver(ctx: BuyerIntentContext, docs: CompanyIntentDocs, intent: Intent, requestId: string): void {
  copyIntent(docs, intent.id);
  const exhibit = intent.exhibitId ? readExhibit(docs.catalog.doc, intent.exhibitId) : null;
  const text = exhibit ? bothNames(exhibit.nameZh, exhibit.nameEn) : intent.buyerName;
  const n = { kind: 'intentAssigned' as const, subjectId: intent.id, text, at: intent.createdAt };
  notify(docs.desks.get(intent.assigneeId), { ...n, id: `nt-${requestId}` });
  const main = ctx.services.companyAccounts(docs.company.id).find((a) => a.role === 'main');
  if (main && main.id !== intent.assigneeId) notify(docs.desks.get(main.id), { ...n, id: `nt-${requestId}-main` });
  writeFeedStatus(ctx.feed, docs, intent, requestId, [exhibit?.nameZh ?? '', exhibit?.nameEn ?? '']);
}
