import {
  allocationSettingsMap,
  intentsMap,
  pendingRequests,
  readExhibit,
  writeOutcome,
  type Intent,
  type MessageKey,
  type Outcome,
  type TrustedRequest,
} from '@fairdesk/shared';
import type { AccountRecord } from '../account-store.ts';
import type { DocHandle } from './doc-handle.ts';
import type { IntentServices } from './intent-services.ts';
import { bothNames, copyIntent, ledgerApplied, notify, writeFeedStatus, type CompanyIntentDocs } from './intents-copies.ts';
import { appliedMap } from './recommend.ts';

/** The intent kinds an exhibitor's desk may carry; postIntent belongs in a buyer doc and is refused here. */
const KINDS = new Set(['setAllocation', 'assign', 'setProgress', 'postIntent']);

export interface DeskIntentContext {
  docs: CompanyIntentDocs;
  services: IntentServices;
  feed(buyerId: string): DocHandle | undefined;
  now(): number;
}

interface Pending {
  request: TrustedRequest;
  desk: DocHandle;
  /** The requester is the desk's owner, never the request's `by`. */
  owner: AccountRecord | null;
}

/**
 * setAllocation, assign and setProgress (R2.1, R2.6) from the company's desks, applied once each in
 * arrival order. Each decision is recorded with the change it makes, in one transaction of an
 * agent-only doc (the fair doc for settings, the ledger for intents); the desk only shows it.
 */
export function applyDeskIntentRequests(ctx: DeskIntentContext): void {
  const pending: Pending[] = [];
  for (const [accountId, desk] of ctx.docs.desks) {
    const requests = pendingRequests(desk.doc).filter((r) => KINDS.has(r.kind));
    const owner = requests.length ? ctx.services.account(accountId) : null;
    for (const request of requests) pending.push({ request, desk, owner });
  }
  pending.sort((a, b) => a.request.at - b.request.at || (a.request.id < b.request.id ? -1 : 1));
  for (const p of pending) {
    const id = p.request.id;
    const earlier = ledgerApplied(ctx.docs.ledger.doc).get(id) ?? appliedMap(ctx.docs.fair.doc).get(id);
    if (!earlier) apply(ctx, p);
    const outcome = ledgerApplied(ctx.docs.ledger.doc).get(id) ?? appliedMap(ctx.docs.fair.doc).get(id);
    if (outcome) p.desk.write((doc) => writeOutcome(doc, outcome));
  }
}

function refuse(ctx: DeskIntentContext, p: Pending, reason: MessageKey): void {
  const outcome: Outcome = { requestId: p.request.id, status: 'refused', reason, at: ctx.now() };
  ctx.docs.fair.write((doc) => appliedMap(doc).set(p.request.id, outcome));
}

function accepted(ctx: DeskIntentContext, p: Pending): Outcome {
  return { requestId: p.request.id, status: 'accepted', at: ctx.now() };
}

function apply(ctx: DeskIntentContext, p: Pending): void {
  const owner = p.owner;
  if (!owner || owner.disabled || owner.companyId !== ctx.docs.company.id || owner.role === 'buyer' || p.request.kind === 'postIntent') {
    return refuse(ctx, p, 'error.forbidden');
  }
  const reason = p.request.kind === 'setAllocation' ? setAllocation(ctx, p, owner) : p.request.kind === 'assign' ? assign(ctx, p, owner) : setProgress(ctx, p, owner);
  if (reason) refuse(ctx, p, reason);
}

function setAllocation(ctx: DeskIntentContext, p: Pending, owner: AccountRecord): MessageKey | null {
  if (owner.role !== 'main') return 'error.forbidden';
  if (ctx.now() > ctx.services.deadline) return 'intents.settingsLocked';
  const { kind, mode } = p.request.payload;
  if ((kind !== 'chat' && kind !== 'intent') || (mode !== 'automatic' && mode !== 'manual')) return 'error.invalid';
  ctx.docs.fair.write((doc) => {
    allocationSettingsMap(doc).set(kind === 'chat' ? 'chatMode' : 'intentMode', mode);
    appliedMap(doc).set(p.request.id, accepted(ctx, p));
  });
  return null;
}

function assign(ctx: DeskIntentContext, p: Pending, owner: AccountRecord): MessageKey | null {
  if (owner.role !== 'main') return 'error.forbidden';
  const intent = readIntent(ctx, p.request.payload.intentId);
  if (!intent) return 'error.notFound';
  const target = typeof p.request.payload.accountId === 'string' ? ctx.services.account(p.request.payload.accountId) : null;
  const eligible = target && !target.disabled && target.companyId === ctx.docs.company.id && (target.role === 'main' || (target.role === 'sub' && target.permissions.includes('receiveIntents')));
  if (!target || !eligible) return 'intents.assignTarget';
  const moved: Intent = { ...intent, assigneeId: target.id as Intent['assigneeId'] };
  ctx.docs.ledger.write((doc) => {
    intentsMap(doc).set(intent.id, moved);
    ledgerApplied(doc).set(p.request.id, accepted(ctx, p));
  });
  copyIntent(ctx.docs, intent.id);
  const exhibit = intent.exhibitId ? readExhibit(ctx.docs.catalog.doc, intent.exhibitId) : null;
  const text = exhibit ? bothNames(exhibit.nameZh, exhibit.nameEn) : intent.buyerName;
  if (target.id !== intent.assigneeId) notify(ctx.docs.desks.get(target.id), { id: `nt-${p.request.id}`, kind: 'intentAssigned', subjectId: intent.id, text, at: ctx.now() });
  return null;
}

function setProgress(ctx: DeskIntentContext, p: Pending, owner: AccountRecord): MessageKey | null {
  const intent = readIntent(ctx, p.request.payload.intentId);
  if (!intent) return 'error.notFound';
  const progress = p.request.payload.progress;
  if (progress !== 'contacted' && progress !== 'completed') return 'error.invalid';
  const main = owner.role === 'main';
  if (!main && intent.assigneeId !== owner.id) return 'error.forbidden';
  if (!main && progress === 'completed' && !owner.permissions.includes('markCompleted')) return 'error.forbidden';
  const next: Intent = { ...intent, progress };
  ctx.docs.ledger.write((doc) => {
    intentsMap(doc).set(intent.id, next);
    ledgerApplied(doc).set(p.request.id, accepted(ctx, p));
  });
  copyIntent(ctx.docs, intent.id);
  writeFeedStatus(ctx.feed(intent.buyerId), ctx.docs, next, '', ['', '']);
  return null;
}

function readIntent(ctx: DeskIntentContext, id: unknown): Intent | null {
  return typeof id === 'string' ? (intentsMap(ctx.docs.ledger.doc).get(id) ?? null) : null;
}
