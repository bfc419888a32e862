import type * as Y from 'yjs';
import type { Intent } from '../model/intent.ts';
import type { AllocationMode } from '../rules/allocation.ts';

/**
 * Purchase intents to a company (R2). The agent gives each its time-based id, allocates it and
 * writes it twice: into `co:{cid}:ledger` (全部采购意向, main only) and into the assignee's desk
 * `co:{cid}:acct:{aid}` (我收到的采购意向). Reassigning moves it between desks. Clients change an
 * intent only through requests (`assign`, `setProgress`).
 */
export function intentsMap(doc: Y.Doc): Y.Map<Intent> {
  return doc.getMap('intents');
}

/** R2.1: the allocation settings, kept by the agent in `co:{cid}:fair`; main asks to change them. */
export interface AllocationSettings {
  chatMode: AllocationMode;
  intentMode: AllocationMode;
  /** After this instant the settings are read-only (the fair's deadline, a server setting). */
  deadline: number;
}

export function allocationSettingsMap(doc: Y.Doc): Y.Map<AllocationMode | number> {
  return doc.getMap('allocation');
}

export function readAllocationSettings(doc: Y.Doc): AllocationSettings {
  const m = allocationSettingsMap(doc);
  const mode = (v: unknown): AllocationMode => (v === 'manual' ? 'manual' : 'automatic');
  return { chatMode: mode(m.get('chatMode')), intentMode: mode(m.get('intentMode')), deadline: Number(m.get('deadline')) || 0 };
}

/** R0.5 消息通知: what the agent tells one account, in its desk doc. */
export type NotificationKind = 'intentAssigned' | 'bookingAssigned' | 'meetingReminder' | 'cardReceived' | 'exhibitMatched';

export interface DeskNotification {
  id: string;
  kind: NotificationKind;
  at: number;
  /** The intent, booking, card or exhibit it is about. */
  subjectId: string;
  /** Short plain text to show (an exhibit name, a buyer name); never markup. */
  text: string;
}

export function notificationsArray(doc: Y.Doc): Y.Array<DeskNotification> {
  return doc.getArray('notifications');
}

/** The account marks what it has read by time; unread = newer than this. */
export function readUpToMap(doc: Y.Doc): Y.Map<number> {
  return doc.getMap('readUpTo');
}

/** "9+" above nine (R0.5). */
export function unreadBadge(count: number): string {
  return count <= 0 ? '' : count > 9 ? '9+' : String(count);
}
