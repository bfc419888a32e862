import type * as Y from 'yjs';
import {
  feedIntentsMap,
  intentsMap,
  notificationsArray,
  type Company,
  type DeskNotification,
  type Intent,
  type NotificationKind,
  type Outcome,
} from '@fairdesk/shared';
import type { DocHandle } from './doc-handle.ts';

/**
 * Purchase intents as the agent keeps them (R2): the ledger `co:{cid}:ledger` is the authority;
 * each desk holds a copy of the intents assigned to its account, and the buyer's feed a status.
 * Every copy is written from the ledger, so writing it again (after a restart) changes nothing.
 */
export interface CompanyIntentDocs {
  company: Company;
  fair: DocHandle;
  catalog: DocHandle;
  ledger: DocHandle;
  desks: ReadonlyMap<string, DocHandle>;
}

/** Ledger: request id → outcome of assign/setProgress, written with the change it made. */
export function ledgerApplied(ledger: Y.Doc): Y.Map<Outcome> {
  return ledger.getMap('applied');
}

/** Ledger: the buyer's postIntent request id → the intent it became. */
export function ledgerPosted(ledger: Y.Doc): Y.Map<string> {
  return ledger.getMap('posted');
}

/** Feed: the buyer's postIntent request id → its outcome (the buyer doc's copy may be deleted). */
export function feedApplied(feed: Y.Doc): Y.Map<Outcome> {
  return feed.getMap('applied');
}

/** Makes one desk hold exactly the ledger's intents assigned to its account. */
export function reconcileDesk(ledger: Y.Doc, desk: DocHandle, accountId: string): void {
  const mine = new Map<string, Intent>();
  intentsMap(ledger).forEach((intent, id) => {
    if (intent.assigneeId === accountId) mine.set(id, intent);
  });
  const held = intentsMap(desk.doc);
  const stale = [...held.keys()].filter((id) => !mine.has(id));
  const changed = [...mine].filter(([id, intent]) => JSON.stringify(held.get(id)) !== JSON.stringify(intent));
  if (stale.length === 0 && changed.length === 0) return;
  desk.write((doc) => {
    for (const id of stale) intentsMap(doc).delete(id);
    for (const [id, intent] of changed) intentsMap(doc).set(id, intent);
  });
}

/** Copies the ledger's version of an intent to its assignee's desk and off every other desk. */
export function copyIntent(docs: CompanyIntentDocs, intentId: string): void {
  const intent = intentsMap(docs.ledger.doc).get(intentId);
  for (const [accountId, desk] of docs.desks) {
    const held = intentsMap(desk.doc).get(intentId);
    if (intent && intent.assigneeId === accountId) {
      if (JSON.stringify(held) !== JSON.stringify(intent)) desk.write((doc) => intentsMap(doc).set(intentId, intent));
    } else if (held) {
      desk.write((doc) => intentsMap(doc).delete(intentId));
    }
  }
}

/** Appends a notification once: its id is derived from what caused it. */
export function notify(desk: DocHandle | undefined, n: { id: string; kind: NotificationKind; subjectId: string; text: string; at: number }): void {
  if (!desk || notificationsArray(desk.doc).toArray().some((x) => x.id === n.id)) return;
  const entry: DeskNotification = { id: n.id, kind: n.kind, at: n.at, subjectId: n.subjectId, text: n.text };
  desk.write((doc) => notificationsArray(doc).push([entry]));
}

/** The buyer's view of one intent, in its feed. */
export function writeFeedStatus(feed: DocHandle | undefined, docs: CompanyIntentDocs, intent: Intent, requestId: string, exhibitNames: [string, string]): void {
  if (!feed) return;
  const old = feedIntentsMap(feed.doc).get(intent.id);
  const next = {
    requestId: old?.requestId ?? requestId,
    companyId: docs.company.id,
    companyNameZh: docs.company.nameZh,
    companyNameEn: docs.company.nameEn,
    exhibitNameZh: old?.exhibitNameZh ?? exhibitNames[0],
    exhibitNameEn: old?.exhibitNameEn ?? exhibitNames[1],
    quantity: intent.quantity,
    unit: intent.unit,
    progress: intent.progress,
    at: intent.createdAt,
  };
  if (JSON.stringify(old) !== JSON.stringify(next)) feed.write((doc) => feedIntentsMap(doc).set(intent.id, next));
}

/** Plain text naming something in both languages where both are given. */
export function bothNames(zh: string, en: string): string {
  return [zh, en].filter(Boolean).join(' / ');
}
