import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { Workspace } from '../sync/workspace.ts';
import { locale } from '../state/locale.svelte.ts';
import type { Session } from '../sync/session.ts';
import { BuyerIntentsState } from './buyer-intents.svelte.ts';
import { DirectoryState, type DirectoryLoader } from './directory.svelte.ts';
import DirectoryPage from './DirectoryPage.svelte';

const workspaces: Workspace[] = [];

function buyerIntents(): BuyerIntentsState {
  const session: Session = {
    token: 'offline-test',
    account: { id: `buyer-${crypto.randomUUID().slice(0, 8)}`, companyId: null, role: 'buyer', name: 'John Buyer', permissions: [] },
  };
  const workspace = new Workspace(session, 'ws://127.0.0.1:9/sync');
  workspace.setOnline(false);
  workspaces.push(workspace);
  return new BuyerIntentsState(workspace);
}

const answer = [
  { id: 'demo', nameZh: '广州示例机械有限公司', nameEn: 'Guangzhou Demo Machinery Co., Ltd.' },
  { id: 'acme', nameZh: '', nameEn: '<script>Acme</script>' },
  { id: '../bad id', nameZh: '坏数据', nameEn: 'Bad' },
];

const unreachable: DirectoryLoader = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(async () => {
  cleanup();
  localStorage.clear();
  for (const w of workspaces.splice(0)) await w.purge();
});

describe('the showroom directory', () => {
  it('lists the exhibitors with links to their showrooms, names as text, malformed entries left out', async () => {
    locale.set('zh-CN');
    render(DirectoryPage, { directory: new DirectoryState(() => Promise.resolve(answer)), intents: buyerIntents() });
    await waitFor(() => expect(screen.getAllByTestId('directory-company')).toHaveLength(2));
    expect(screen.getByRole('link', { name: '广州示例机械有限公司' })).toHaveAttribute('href', '/fair/show/demo');
    expect(screen.getByRole('link', { name: '<script>Acme</script>' })).toHaveAttribute('href', '/fair/show/acme');
    expect(screen.queryByText('坏数据')).toBeNull();
    expect(screen.getByTestId('my-intents-summary')).toHaveTextContent('您已发布 0 条采购意向');
  });

  it('shows the list saved on this device when the server cannot be reached', async () => {
    locale.set('en');
    const first = render(DirectoryPage, { directory: new DirectoryState(() => Promise.resolve(answer)), intents: buyerIntents() });
    await waitFor(() => expect(screen.getAllByTestId('directory-company')).toHaveLength(2));
    first.unmount();

    render(DirectoryPage, { directory: new DirectoryState(unreachable), intents: buyerIntents() });
    await screen.findByTestId('directory-cached');
    expect(screen.getByRole('link', { name: 'Guangzhou Demo Machinery Co., Ltd.' })).toBeInTheDocument();
  });

  it('says so when there is nothing to show, and retries on demand', async () => {
    locale.set('en');
    let reachable = false;
    const directory = new DirectoryState(() => (reachable ? Promise.resolve(answer) : unreachable()));
    render(DirectoryPage, { directory, intents: buyerIntents() });
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot load the exhibitor list');
    reachable = true;
    await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getAllByTestId('directory-company')).toHaveLength(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
