import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import {
  addExhibit,
  intentId,
  intentsMap,
  pendingRequests,
  readUpToMap,
  writeAccount,
  writeOutcome,
  type AccountId,
  type BuyerId,
  type CompanyId,
  type Intent,
  type RequestId,
} from '@fairdesk/shared';
import { locale } from '../state/locale.svelte.ts';
import { closeWorkspaces, openWorkspace, SUBS } from '../components/catalogue/test-workspace.ts';
import { router } from '../state/router.svelte.ts';
import IntentsPage from './IntentsPage.svelte';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await closeWorkspaces();
});

/** 2021-03-12 10:00 Beijing, then one intent every 6 hours. */
const START = Date.UTC(2021, 2, 12, 2, 0, 0);

function intent(i: number, exhibitId: string, patch: Partial<Intent> = {}): Intent {
  const at = START + i * 6 * 3600_000;
  return {
    id: intentId(at, i),
    companyId: 'co1' as CompanyId,
    buyerId: 'demo-buyer' as BuyerId,
    buyerName: `Buyer ${i}`,
    buyerCard: null,
    tags: [],
    email: `b${i}@example.com`,
    exhibitId: exhibitId as Intent['exhibitId'],
    quantity: i + 1,
    unit: '台',
    description: `需要 ${i}`,
    createdAt: at,
    assigneeId: 'sales-li' as AccountId,
    progress: 'new',
    ...patch,
  };
}

function setup(role: 'main' | 'sub', permissions: Parameters<typeof openWorkspace>[1] = []) {
  const opened = openWorkspace(role, permissions);
  const catalogDoc = opened.workspace.doc('catalog')!.doc;
  const drill = addExhibit(catalogDoc, { nameZh: '电钻', nameEn: 'Drill', code: 'DR-1', sectionId: 'sec-1' });
  const brake = addExhibit(catalogDoc, { nameZh: '刹车片', nameEn: 'Brake pad', code: 'BP-1', sectionId: 'sec-2' });
  if (!drill.ok || !brake.ok) throw new Error('exhibits refused');
  return { ...opened, drill: drill.value.id, brake: brake.value.id };
}

describe('全部采购意向', () => {
  it('lists the ledger newest first in Beijing time, 10 a page with a jump, filtered by days and section', async () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog, drill, brake } = setup('main');
    const ledger = intentsMap(workspace.doc('ledger')!.doc);
    for (let i = 0; i < 12; i++) ledger.set(`x${i}`, intent(i, i % 2 === 0 ? drill : brake));
    render(IntentsPage, { workspace, profile, catalog, scope: 'all' });

    let rows = await screen.findAllByTestId('intent-row');
    expect(rows).toHaveLength(10);
    // The newest (i = 11) is 2021-03-15 04:00 Beijing; its exhibit is the brake pad.
    expect(rows[0]).toHaveTextContent('2021-03-15 04:00:00');
    expect(rows[0]).toHaveTextContent(intentId(START + 66 * 3600_000, 11));
    await waitFor(() => expect(screen.getAllByTestId('intent-row')[0]).toHaveTextContent('刹车片'));
    expect(rows[0]).toHaveTextContent('12 台');
    expect(within(rows[0]).getByTestId('intent-assignee')).toHaveTextContent('李业务');
    expect(screen.getByTestId('intents-total')).toHaveTextContent('共 12 条');

    const jump = screen.getByLabelText(/跳至/);
    await fireEvent.input(jump, { target: { value: '2' } });
    await fireEvent.submit(jump.closest('form')!);
    rows = screen.getAllByTestId('intent-row');
    expect(rows.map((r) => r.textContent)).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('Buyer 0');

    // 2021-03-13 in Beijing holds i = 3..6 (03-13 04:00 … 22:00).
    await fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2021-03-13' } });
    await fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2021-03-13' } });
    rows = screen.getAllByTestId('intent-row');
    expect(rows.map((r) => within(r).getByText(/^Buyer/).textContent)).toEqual(['Buyer 6', 'Buyer 5', 'Buyer 4', 'Buyer 3']);

    await fireEvent.change(screen.getByLabelText('展区'), { target: { value: 'sec-1' } });
    rows = screen.getAllByTestId('intent-row');
    expect(rows.map((r) => within(r).getByText(/^Buyer/).textContent)).toEqual(['Buyer 6', 'Buyer 4']);

    await fireEvent.click(screen.getByRole('button', { name: '全部时间' }));
    expect(screen.getAllByTestId('intent-row')).toHaveLength(6);
    // Opening the list is the starter guide's step 4.
    expect(readUpToMap(workspace.doc('desk')!.doc).has('intents')).toBe(true);
  });

  it('is not offered to a sub-account', () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog } = setup('sub', ['receiveIntents']);
    render(IntentsPage, { workspace, profile, catalog, scope: 'all' });
    expect(screen.getByTestId('intents-forbidden')).toBeInTheDocument();
  });
});

describe('我收到的采购意向 and the detail', () => {
  it('shows the detail with the card and tags as text, and asks the agent to mark it completed', async () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog, drill } = setup('sub', ['receiveIntents', 'viewIntentDetail', 'markCompleted']);
    const card = {
      id: 'card-demo-buyer',
      nameZh: '约翰',
      nameEn: 'John',
      companyZh: '',
      companyEn: 'Buyer Ltd',
      titleZh: '',
      titleEn: 'Purchasing manager',
      region: 'United Kingdom',
      email: 'john@example.com',
      phone: '+44 20 1234 5678',
      fax: '',
      address: '1 High St',
    } as Intent['buyerCard'];
    const one = intent(0, drill, { buyerCard: card, tags: ['vip', 'attendedBefore', 'overseas'], description: '<img src=x onerror=alert(1)>要 3 台' });
    intentsMap(workspace.doc('desk')!.doc).set(one.id, one);
    render(IntentsPage, { workspace, profile, catalog, scope: 'mine', intentId: one.id });

    const detail = await screen.findByTestId('intent-detail');
    expect(within(detail).getByTestId('intent-id')).toHaveTextContent(one.id);
    expect(within(detail).getByTestId('buyer-card')).toHaveTextContent('约翰 / John');
    expect(within(detail).getByTestId('buyer-card')).toHaveTextContent('Purchasing manager');
    expect(within(detail).getByTestId('buyer-card')).toHaveTextContent('+44 20 1234 5678');
    expect(within(detail).getByTestId('detail-tags')).toHaveTextContent('VIP, 曾到会, 海外采购商');
    await waitFor(() => expect(within(detail).getByTestId('detail-exhibit')).toHaveTextContent('电钻 (DR-1)'));
    expect(within(detail).getByTestId('detail-description')).toHaveTextContent('<img src=x onerror=alert(1)>要 3 台');
    expect(detail.querySelector('img')).toBeNull();
    // A sub-account cannot reassign.
    expect(within(detail).queryByRole('form', { name: '分配给' })).toBeNull();

    await fireEvent.click(within(detail).getByRole('button', { name: '标为已完成' }));
    const desk = workspace.doc('desk')!.doc;
    const [request] = pendingRequests(desk);
    expect(request).toMatchObject({ kind: 'setProgress', payload: { intentId: one.id, progress: 'completed' } });
    expect(await screen.findByTestId('intent-request')).toHaveAttribute('data-state', 'pending');

    // The agent refuses: the reason shows in the user's language.
    writeOutcome(desk, { requestId: request.id as RequestId, status: 'refused', reason: 'error.forbidden', at: Date.now() });
    await waitFor(() => expect(screen.getByTestId('intent-request')).toHaveTextContent('您没有执行此操作的权限'));
  });

  it('lets the main account reassign, and hides the detail from a sub-account without viewIntentDetail', async () => {
    locale.set('zh-CN');
    const { workspace, profile, catalog, drill } = setup('main');
    // Only enabled accounts allowed to receive intents can take one.
    writeAccount(workspace.doc('profile')!.doc, { ...SUBS[1], permissions: ['receiveIntents'] });
    const one = intent(1, drill);
    intentsMap(workspace.doc('ledger')!.doc).set(one.id, one);
    render(IntentsPage, { workspace, profile, catalog, scope: 'all', intentId: one.id });
    const form = await screen.findByRole('form', { name: '分配给' });
    const select = within(form).getByLabelText('分配给');
    expect(within(select).queryByText(/李业务/)).toBeNull();
    await fireEvent.change(select, { target: { value: 'sales-zhang' } });
    await fireEvent.click(within(form).getByRole('button', { name: '分配' }));
    expect(pendingRequests(workspace.doc('desk')!.doc)[0]).toMatchObject({ kind: 'assign', payload: { intentId: one.id, accountId: 'sales-zhang' } });
    cleanup();

    const sub = setup('sub', ['receiveIntents']);
    intentsMap(sub.workspace.doc('desk')!.doc).set(one.id, one);
    render(IntentsPage, { workspace: sub.workspace, profile: sub.profile, catalog: sub.catalog, scope: 'mine' });
    const row = await screen.findByTestId('intent-row');
    expect(within(row).queryByRole('button', { name: '查看详情' })).toBeNull();
    cleanup();
    render(IntentsPage, { workspace: sub.workspace, profile: sub.profile, catalog: sub.catalog, scope: 'mine', intentId: one.id });
    expect(screen.getByTestId('intent-no-detail')).toHaveTextContent('您没有查看订单详情的权限');
    router.go('/');
  });
});
