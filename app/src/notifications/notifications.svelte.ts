import { can, isRecord, notificationsArray, readUpToMap, unreadBadge, type DeskNotification, type NotificationKind } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

const KINDS: readonly NotificationKind[] = ['intentAssigned', 'bookingAssigned', 'meetingReminder', 'cardReceived', 'exhibitMatched'];
/** The key of the desk's read markers for 消息通知. */
export const NOTIFICATIONS_READ = 'notifications';

function isNotification(v: unknown): v is DeskNotification {
  return (
    isRecord(v) &&
    typeof v.id === 'string' &&
    KINDS.includes(v.kind as NotificationKind) &&
    typeof v.at === 'number' &&
    typeof v.subjectId === 'string' &&
    typeof v.text === 'string'
  );
}

/**
 * 消息通知 (R0.5): what the agent told this account, from its desk doc, newest first; unread
 * = newer than the read marker the account keeps in the same doc (so every device agrees).
 */
export class NotificationsState {
  list = $state<DeskNotification[]>([]);
  readUpTo = $state(0);
  readonly available: boolean;
  private stop = () => {};

  readonly unread = $derived(this.list.filter((n) => n.at > this.readUpTo).length);
  readonly badge = $derived(unreadBadge(this.unread));

  constructor(private readonly workspace: Workspace) {
    const synced = workspace.doc('desk');
    this.available = synced !== undefined && can(workspace.principal, 'notifications');
    if (!synced || !this.available) return;
    const doc = synced.doc;
    const read = () => {
      this.list = notificationsArray(doc)
        .toArray()
        .filter(isNotification)
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
      this.readUpTo = Number(readUpToMap(doc).get(NOTIFICATIONS_READ)) || 0;
    };
    read();
    doc.on('update', read);
    this.stop = () => doc.off('update', read);
  }

  isUnread(n: DeskNotification): boolean {
    return n.at > this.readUpTo;
  }

  /**
   * Reads everything shown. The marker is at least the newest notification's own time, so a
   * device whose clock runs behind the server's still clears them all.
   */
  markAllRead(now = Date.now()): void {
    const desk = this.workspace.doc('desk');
    if (!desk || this.unread === 0) return;
    const newest = this.list[0]?.at ?? 0;
    readUpToMap(desk.doc).set(NOTIFICATIONS_READ, Math.max(now, newest, this.readUpTo));
  }

  destroy(): void {
    this.stop();
  }
}
