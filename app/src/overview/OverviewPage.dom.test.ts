import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import {
  addExhibit,
  allocationSettingsMap,
  companyMap,
  notificationsArray,
  pendingRequests,
  writeOutcome,
  type RequestId,
} from '@fairdesk/shared';
import { locale } from '../state/locale.svelte.ts';
import { closeWorkspaces, openWorkspace } from '../components/catalogue/test-workspace.ts';
import { NotificationsState } from '../notifications/notifications.svelte.ts';
import { markIntentsSeen } from '../intents/intents.svelte.ts';
import OverviewPage from './OverviewPage.svelte';

const states: NotificationsState[] = [];

afterEach(async () => {
  cleanup();
  for (const s of states.splice(0)) s.destroy();
  localStorage.clear();
  await closeWorkspaces();
});

function open(role: 'main' | 'sub', permissions: Parameters<typeof openWorkspace>[1] = []) {
  const opened = openWorkspace(role, permissions);
  const notifications = new NotificationsState(opened.workspace);
  states.push(notifications);
  return { ...opened, notifications };
}

describe('概览', () => {
  it('shows badges, asks the agent to switch intent allocation, and tracks the starter guide', async () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog, notifications } = open('main');
    const profileDoc = workspace.doc('profile')!.doc;
    companyMap(profileDoc).set('brand', true);
    companyMap(profileDoc).set('badges', ['aeo']);
    const fair = workspace.doc('fair')!.doc;
    // 2099-04-05 23:59:59 Beijing.
    allocationSettingsMap(fair).set('deadline', Date.UTC(2099, 3, 5, 15, 59, 59));
    notificationsArray(workspace.doc('desk')!.doc).push([{ id: 'n1', kind: 'exhibitMatched', at: Date.now(), subjectId: 'e', text: '电钻' }]);
    render(OverviewPage, { workspace, profile, catalog, notifications });

    expect(screen.getByTestId('company-badges')).toHaveTextContent('品牌企业');
    expect(screen.getByTestId('company-badges')).toHaveTextContent('AEO 认证企业');
    expect(screen.getByTestId('allocation-deadline')).toHaveTextContent('2099-04-05 23:59:59 后此设置将无法修改');
    expect(screen.getByTestId('count-unread')).toHaveTextContent('1');

    const intentMode = screen.getByTestId('allocation-intent');
    expect(intentMode).toHaveAttribute('data-mode', 'automatic');
    await fireEvent.click(within(intentMode).getByLabelText('主账号手动分配'));
    const desk = workspace.doc('desk')!.doc;
    const [request] = pendingRequests(desk);
    expect(request).toMatchObject({ kind: 'setAllocation', payload: { kind: 'intent', mode: 'manual' } });
    expect(within(intentMode).getByTestId('allocation-intent-state')).toHaveTextContent('保存中…');
    // The agent applies it: the fair doc says manual, the outcome is accepted.
    allocationSettingsMap(fair).set('intentMode', 'manual');
    writeOutcome(desk, { requestId: request.id as RequestId, status: 'accepted', at: Date.now() });
    await waitFor(() => expect(screen.getByTestId('allocation-intent')).toHaveAttribute('data-mode', 'manual'));
    expect(within(screen.getByTestId('allocation-intent')).getByLabelText('主账号手动分配')).toBeChecked();
    expect(screen.getByTestId('allocation-chat')).toHaveAttribute('data-mode', 'automatic');

    // Step 1 is done (names and sections); adding and listing an exhibit completes 2 and 3.
    const steps = () => screen.getAllByTestId('guide-step').map((s) => s.dataset.done);
    expect(steps()).toEqual(['true', 'false', 'false', 'false']);
    addExhibit(workspace.doc('catalog')!.doc, { nameZh: '电钻', sectionId: 'sec-1', status: 'listed' });
    await waitFor(() => expect(steps()).toEqual(['true', 'true', 'true', 'false']));
    expect(screen.getByTestId('count-listed')).toHaveTextContent('1');
    markIntentsSeen(workspace);
    await waitFor(() => expect(steps()).toEqual(['true', 'true', 'true', 'true']));
    expect(screen.getByTestId('guide-progress')).toHaveTextContent('已完成 4/4');
  });

  it('is read-only after the deadline, and for a sub-account', () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog, notifications } = open('main');
    allocationSettingsMap(workspace.doc('fair')!.doc).set('deadline', Date.now() - 1000);
    render(OverviewPage, { workspace, profile, catalog, notifications });
    expect(screen.getByTestId('allocation-locked')).toHaveTextContent('设置截止时间已过');
    expect(screen.getByTestId('allocation-intent')).toBeDisabled();
    cleanup();

    const sub = open('sub', ['receiveIntents']);
    render(OverviewPage, { workspace: sub.workspace, profile: sub.profile, catalog: sub.catalog, notifications: sub.notifications });
    expect(screen.getByTestId('allocation-chat')).toBeDisabled();
    expect(screen.getByText('仅主账号可以修改分配方式')).toBeInTheDocument();
    expect(screen.getByTestId('allocation-deadline')).toHaveTextContent('展会尚未公布设置截止时间');
  });
});
