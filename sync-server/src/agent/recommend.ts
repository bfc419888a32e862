import type * as Y from 'yjs';
import {
  bansMap,
  decideRecommend,
  pendingRequests,
  readExhibit,
  readQuota,
  recommendedCount,
  recommendedMap,
  writeOutcome,
  writeQuota,
  type MessageKey,
  type Outcome,
  type TrustedRequest,
} from '@fairdesk/shared';
import type { AccountRecord } from '../account-store.ts';
import type { DocHandle } from './doc-handle.ts';

/**
 * Recommend requests (R1.5–R1.7), applied once each. Every decision is first recorded in the
 * agent-only fair doc (`applied`, request id → outcome) together with what it spends, in one
 * transaction; only then is the outcome copied into the client-writable desk. A restart, or a
 * client deleting an outcome from its desk, therefore finds the decision and copies it again
 * instead of applying the request a second time.
 */
export function appliedMap(fair: Y.Doc): Y.Map<Outcome> {
  return fair.getMap('applied');
}

export interface RecommendContext {
  companyId: string;
  /** The quota total from the server's company record. */
  quotaTotal: number;
  fair: DocHandle;
  catalog: DocHandle;
  desks: Map<string, DocHandle>;
  account(id: string): AccountRecord | null;
  now(): number;
}

interface Pending {
  request: TrustedRequest;
  desk: DocHandle;
  accountId: string;
}

/** The requester is the desk's owner, never the request's `by`; main holds every permission. */
function mayRecommend(ctx: RecommendContext, accountId: string): boolean {
  const a = ctx.account(accountId);
  if (!a || a.disabled || a.companyId !== ctx.companyId || a.role === 'buyer') return false;
  return a.role === 'main' || a.permissions.includes('recommend');
}

function decide(ctx: RecommendContext, p: Pending): { reason: MessageKey } | { exhibitId: string } {
  if (!mayRecommend(ctx, p.accountId)) return { reason: 'error.forbidden' };
  const exhibitId = p.request.payload.exhibitId;
  const exhibit = typeof exhibitId === 'string' ? readExhibit(ctx.catalog.doc, exhibitId) : null;
  const status = exhibit && bansMap(ctx.fair.doc).get(exhibit.id) === true ? 'banned' : exhibit?.status;
  const quota = { total: ctx.quotaTotal, spent: readQuota(ctx.fair.doc).spent };
  const decision = decideRecommend(quota, exhibit && status ? { status } : null);
  return decision.accepted && exhibit ? { exhibitId: exhibit.id } : { reason: decision.accepted ? 'error.notFound' : decision.reason };
}

/**
 * Applies every pending recommend request of the company's desks in arrival order, one at a
 * time. Returns the exhibits that were recommended.
 */
export function applyRecommendRequests(ctx: RecommendContext): string[] {
  const pending: Pending[] = [];
  for (const [accountId, desk] of ctx.desks) {
    for (const request of pendingRequests(desk.doc)) if (request.kind === 'recommend') pending.push({ request, desk, accountId });
  }
  pending.sort((a, b) => a.request.at - b.request.at || (a.request.id < b.request.id ? -1 : 1));
  const recommended: string[] = [];
  for (const p of pending) {
    const requestId = p.request.id;
    const earlier = appliedMap(ctx.fair.doc).get(requestId);
    if (earlier) {
      p.desk.write((doc) => writeOutcome(doc, earlier));
      continue;
    }
    const decided = decide(ctx, p);
    const at = ctx.now();
    const outcome: Outcome =
      'exhibitId' in decided ? { requestId, status: 'accepted', at } : { requestId, status: 'refused', reason: decided.reason, at };
    ctx.fair.write((fair) => {
      appliedMap(fair).set(requestId, outcome);
      if (!('exhibitId' in decided)) return;
      const spent = readQuota(fair).spent;
      writeQuota(fair, { total: ctx.quotaTotal, spent: spent + 1 });
      recommendedMap(fair).set(decided.exhibitId, recommendedCount(fair, decided.exhibitId) + 1);
    });
    p.desk.write((doc) => writeOutcome(doc, outcome));
    if ('exhibitId' in decided) recommended.push(decided.exhibitId);
  }
  return recommended;
}
