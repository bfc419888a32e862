import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { beijingDateTime, matchLog, type MatchLogEntry } from '@fairdesk/shared';
import { Workspace } from '../sync/workspace.ts';
import { locale } from '../state/locale.svelte.ts';
import MatchingListPage from './MatchingListPage.svelte';
import type { Session } from '../sync/session.ts';

const workspaces: Workspace[] = [];

function open(role: 'main' | 'sub', permissions: Session['account']['permissions'] = []) {
  const session: Session = {
    token: 'offline-test',
    account: { id: `acc-${crypto.randomUUID().slice(0, 8)}`, companyId: 'co1', role, name: 'Test', permissions },
  };
  const workspace = new Workspace(session, 'ws://127.0.0.1:9/sync');
  workspace.setOnline(false);
  workspaces.push(workspace);
  return workspace;
}

/** Entries as the agent appends them: oldest first, one a minute from 2021-03-12 10:00 Beijing. */
function entries(n: number): MatchLogEntry[] {
  const start = Date.UTC(2021, 2, 12, 2, 0, 0);
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    at: start + i * 60_000,
    exhibitId: `ex${i}`,
    exhibitNameZh: i === n - 1 ? '<b>挖掘机</b>' : `展品${i}`,
    exhibitNameEn: i === n - 1 ? '' : `Exhibit ${i}`,
    buyerId: 'demo-buyer',
    intentId: `fi${i}`,
  }));
}

afterEach(async () => {
  cleanup();
  localStorage.clear();
  for (const w of workspaces.splice(0)) await w.purge();
});

describe('展品配对列表', () => {
  it('lists the log newest first in Beijing time, 10 a page, with a page jump', async () => {
    locale.set('zh-CN');
    const workspace = open('main');
    const log = matchLog(workspace.doc('matches')!.doc);
    log.push(entries(12));
    render(MatchingListPage, { workspace });

    let rows = screen.getAllByTestId('match-row');
    expect(rows).toHaveLength(10);
    expect(rows[0]).toHaveTextContent('2021-03-12 10:11:00');
    // The name is text, never markup; an exhibit without an English name shows its Chinese one.
    expect(rows[0]).toHaveTextContent('您的 <b>挖掘机</b> 已被推荐给采购商。');
    expect(rows[0].querySelector('b')).toBeNull();
    expect(rows[1]).toHaveTextContent('您的 展品10 已被推荐给采购商。');
    expect(screen.getByTestId('matches-total')).toHaveTextContent('共 12 条');

    await fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    rows = screen.getAllByTestId('match-row');
    expect(rows.map((r) => r.dataset.exhibit)).toEqual(['ex1', 'ex0']);
    expect(screen.getByTestId('matches-page')).toHaveTextContent('第 2/2 页');

    const jump = screen.getByLabelText(/跳至/);
    await fireEvent.input(jump, { target: { value: '1' } });
    await fireEvent.submit(jump.closest('form')!);
    expect(screen.getAllByTestId('match-row')).toHaveLength(10);

    // A new entry from the agent shows at once, at the top.
    log.push([{ ...entries(1)[0], id: 'new', at: Date.UTC(2021, 2, 13, 0, 0, 0), exhibitNameZh: '装载机', exhibitNameEn: 'Wheel loader' }]);
    expect(await screen.findByText('装载机')).toBeInTheDocument();
    expect(screen.getAllByTestId('match-row')[0]).toHaveTextContent(beijingDateTime(Date.UTC(2021, 2, 13, 0, 0, 0)));
  });

  it('shows the English line and name in English', () => {
    locale.set('en');
    const workspace = open('sub', ['matchingList']);
    matchLog(workspace.doc('matches')!.doc).push(entries(2));
    render(MatchingListPage, { workspace });
    const first = within(screen.getAllByTestId('match-row')[1]);
    expect(first.getByText('Exhibit 0')).toBeInTheDocument();
    expect(screen.getAllByTestId('match-row')[1]).toHaveTextContent('Your Exhibit 0 has been recommended to a buyer.');
  });

  it('says when there is nothing yet, and refuses an account without the permission', () => {
    locale.set('zh-CN');
    render(MatchingListPage, { workspace: open('main') });
    expect(screen.getByTestId('matches-empty')).toHaveTextContent('暂无配对记录');
    cleanup();
    render(MatchingListPage, { workspace: open('sub', ['receiveIntents']) });
    expect(screen.getByTestId('matches-forbidden')).toHaveTextContent('您没有查看展品配对列表的权限');
  });
});
