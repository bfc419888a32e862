import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { notificationsArray, readUpToMap, type DeskNotification } from '@fairdesk/shared';
import { locale } from '../state/locale.svelte.ts';
import { closeWorkspaces, openWorkspace } from '../components/catalogue/test-workspace.ts';
import { NotificationsState } from './notifications.svelte.ts';
import NotificationsPage from './NotificationsPage.svelte';

const states: NotificationsState[] = [];

afterEach(async () => {
  cleanup();
  for (const s of states.splice(0)) s.destroy();
  localStorage.clear();
  await closeWorkspaces();
});

const START = Date.UTC(2021, 2, 12, 2, 0, 0);

function notes(n: number): DeskNotification[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: i % 2 === 0 ? 'intentAssigned' : 'exhibitMatched',
    at: START + i * 60_000,
    subjectId: `s${i}`,
    text: i === n - 1 ? '<b>挖掘机</b>' : `展品${i}`,
  }));
}

function open(permissions: Parameters<typeof openWorkspace>[1], role: 'main' | 'sub' = 'sub') {
  const { workspace } = openWorkspace(role, permissions);
  const state = new NotificationsState(workspace);
  states.push(state);
  return { workspace, state };
}

describe('消息通知', () => {
  it('lists newest first with the text per kind, counts unread as "9+" and marks all read on every device', async () => {
    locale.set('zh-CN');
    const { workspace, state } = open(['notifications']);
    const desk = workspace.doc('desk')!.doc;
    notificationsArray(desk).push(notes(11));
    readUpToMap(desk).set('notifications', START + 30_000);
    render(NotificationsPage, { notifications: state });

    const items = screen.getAllByTestId('notification');
    expect(items).toHaveLength(11);
    // n10 is an intentAssigned; its text stays text.
    expect(items[0]).toHaveTextContent('2021-03-12 10:10:00');
    expect(items[0]).toHaveTextContent('新采购意向已分配给您：<b>挖掘机</b>');
    expect(items[0].querySelector('b')).toBeNull();
    expect(items[1]).toHaveTextContent('您的 展品9 已被推荐给采购商');
    // n0 is older than the marker: read. The other ten are unread.
    expect(items[10]).toHaveAttribute('data-unread', 'false');
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(state.unread).toBe(10);
    expect(state.badge).toBe('9+');
    expect(screen.getByTestId('notifications-unread')).toHaveTextContent('10 条未读');

    await fireEvent.click(screen.getByRole('button', { name: '全部标为已读' }));
    await waitFor(() => expect(screen.getByTestId('notifications-unread')).toHaveTextContent('0 条未读'));
    expect(state.badge).toBe('');
    expect(screen.getAllByTestId('notification').every((n) => n.dataset.unread === 'false')).toBe(true);
    // The marker lives in the desk doc, so the account's other devices agree.
    expect(readUpToMap(desk).get('notifications')).toBeGreaterThanOrEqual(START + 10 * 60_000);

    // A new one arrives: unread again, badge "1".
    notificationsArray(desk).push([{ id: 'late', kind: 'exhibitMatched', at: Date.now() + 60_000, subjectId: 'x', text: '装载机' }]);
    await waitFor(() => expect(state.badge).toBe('1'));
    expect(screen.getAllByTestId('notification')[0]).toHaveAttribute('data-unread', 'true');
  });

  it('shows English text, an empty list, and refuses an account without the permission', () => {
    locale.set('en');
    const { workspace, state } = open(['notifications']);
    render(NotificationsPage, { notifications: state });
    expect(screen.getByTestId('notifications-empty')).toHaveTextContent('No notifications');
    notificationsArray(workspace.doc('desk')!.doc).push(notes(2));
    cleanup();
    render(NotificationsPage, { notifications: state });
    expect(screen.getAllByTestId('notification')[0]).toHaveTextContent('Your <b>挖掘机</b> has been recommended to a buyer');
    cleanup();
    render(NotificationsPage, { notifications: open(['receiveIntents']).state });
    expect(screen.getByTestId('notifications-forbidden')).toHaveTextContent('You are not allowed to view notifications');
  });
});
