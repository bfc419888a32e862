import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import {
  addExhibit,
  blankExhibit,
  pendingRequests,
  recommendedMap,
  requestsMap,
  writeOutcome,
  writeQuota,
  type Permission,
  type RequestId,
} from '@fairdesk/shared';
import { locale } from '../../state/locale.svelte.ts';
import ExhibitsPage from '../ExhibitsPage.svelte';
import { closeWorkspaces, openWorkspace } from './test-workspace.ts';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await closeWorkspaces();
});

/** A catalogue with one listed and one unlisted exhibit; the fair doc holds `quota`. */
async function page(quota: { total: number; spent: number } | null, role: 'main' | 'sub' = 'main', permissions: Permission[] = []) {
  locale.set('zh-CN');
  const opened = openWorkspace(role, permissions);
  const catalogDoc = opened.workspace.doc('catalog')!.doc;
  addExhibit(catalogDoc, { ...blankExhibit(), nameZh: '电钻', status: 'listed', order: 1 });
  addExhibit(catalogDoc, { ...blankExhibit(), nameZh: '扳手', status: 'unlisted', order: 2 });
  if (quota) writeQuota(opened.workspace.doc('fair')!.doc, quota);
  render(ExhibitsPage, { catalog: opened.catalog, profile: opened.profile });
  await waitFor(() => expect(screen.getAllByTestId('exhibit-row')).toHaveLength(2));
  const desk = opened.workspace.doc('desk')!.doc;
  const fair = opened.workspace.doc('fair')!.doc;
  return { ...opened, desk, fair, row: (name: string) => screen.getAllByTestId('exhibit-row').find((r) => r.textContent?.includes(name))! };
}

describe('recommending an exhibit', () => {
  it('asks with the total and remaining count, writes one request and shows it pending, then accepted', async () => {
    const { desk, fair, row } = await page({ total: 30, spent: 2 });
    expect(within(row('扳手')).queryByRole('button', { name: '推荐' })).toBeNull();
    await fireEvent.click(within(row('电钻')).getByRole('button', { name: '推荐' }));
    const dialog = screen.getByRole('dialog', { name: '提示' });
    expect(dialog).toHaveTextContent('确定要推荐此展品吗？');
    expect(within(dialog).getByTestId('recommend-quota')).toHaveTextContent('您最多可推荐30次，当前剩余28次');
    await fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));

    const [request] = pendingRequests(desk);
    expect(request).toMatchObject({ kind: 'recommend', payload: { exhibitId: row('电钻').dataset.id } });
    expect(within(row('电钻')).getByTestId('recommend-state')).toHaveAttribute('data-state', 'pending');
    expect(within(row('电钻')).getByTestId('recommend-state')).toHaveTextContent('推荐处理中');

    // While it waits, the next confirmation already counts it.
    await fireEvent.click(within(row('电钻')).getByRole('button', { name: '推荐' }));
    expect(screen.getByTestId('recommend-quota')).toHaveTextContent('当前剩余27次');
    await fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(pendingRequests(desk)).toHaveLength(1);

    // The agent's answer: accepted, one unit spent, the exhibit's count goes up.
    writeOutcome(desk, { requestId: request.id, status: 'accepted', at: Date.now() });
    writeQuota(fair, { total: 30, spent: 3 });
    recommendedMap(fair).set(request.payload.exhibitId as string, 1);
    await waitFor(() => expect(within(row('电钻')).getByTestId('recommend-state')).toHaveAttribute('data-state', 'accepted'));
    expect(within(row('电钻')).getByTestId('recommend-state')).toHaveTextContent('推荐成功');
    expect(within(row('电钻')).getByTestId('recommended-count')).toHaveTextContent('1');
  });

  it('shows the reason when the agent refuses', async () => {
    locale.set('zh-CN');
    const { desk, row } = await page({ total: 30, spent: 29 });
    await fireEvent.click(within(row('电钻')).getByRole('button', { name: '推荐' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '确定' }));
    const [request] = pendingRequests(desk);
    writeOutcome(desk, { requestId: request.id as RequestId, status: 'refused', reason: 'error.quotaExhausted', at: Date.now() });
    await waitFor(() => expect(within(row('电钻')).getByTestId('recommend-state')).toHaveAttribute('data-state', 'refused'));
    expect(within(row('电钻')).getByTestId('recommend-state')).toHaveTextContent('推荐未成功：推荐次数已达上限');
  });

  it('refuses at zero without writing a request', async () => {
    const { desk, row } = await page({ total: 30, spent: 30 });
    await fireEvent.click(within(row('电钻')).getByRole('button', { name: '推荐' }));
    const dialog = screen.getByRole('dialog', { name: '提示' });
    expect(within(dialog).getByTestId('recommend-exhausted')).toHaveTextContent('您推荐展品次数已达上限');
    expect(within(dialog).queryByTestId('recommend-quota')).toBeNull();
    await fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requestsMap(desk).size).toBe(0);
  });

  it('counts the company’s own quota until the fair has written one (brand or VIP 50, others 30, per section)', async () => {
    const { row } = await page(null);
    await fireEvent.click(within(row('电钻')).getByRole('button', { name: '推荐' }));
    // The test company is neither VIP nor brand and exhibits in two sections.
    expect(screen.getByTestId('recommend-quota')).toHaveTextContent('您最多可推荐60次，当前剩余60次');
  });

  it('is offered to a sub-account with the recommend permission only', async () => {
    await page({ total: 30, spent: 0 }, 'sub', ['recommend']);
    expect(screen.getAllByRole('button', { name: '推荐' })).toHaveLength(1);
    cleanup();
    await closeWorkspaces();
    await page({ total: 30, spent: 0 }, 'sub', ['editExhibits']);
    expect(screen.queryByRole('button', { name: '推荐' })).toBeNull();
  });

  it('reads in English too', async () => {
    const { row } = await page({ total: 100, spent: 40 });
    locale.set('en');
    await fireEvent.click(await within(row('电钻')).findByRole('button', { name: 'Recommend' }));
    expect(screen.getByTestId('recommend-quota')).toHaveTextContent('You can recommend at most 100 times; 60 left.');
  });
});
