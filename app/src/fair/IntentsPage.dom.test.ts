import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { buyerIntents, feedMatches, type FeedMatch, type Section } from '@fairdesk/shared';
import { Workspace } from '../sync/workspace.ts';
import { locale } from '../state/locale.svelte.ts';
import type { Session } from '../sync/session.ts';
import { BuyerIntentsState } from './buyer-intents.svelte.ts';
import IntentsPage from './IntentsPage.svelte';

const workspaces: Workspace[] = [];
const sections = [{ id: 'sec-m', nameZh: '大型机械及设备', nameEn: 'Large machinery and equipment' }] as Section[];

/** A buyer's real workspace on this (jsdom) device, kept offline. */
function open() {
  const session: Session = {
    token: 'offline-test',
    account: { id: `buyer-${crypto.randomUUID().slice(0, 8)}`, companyId: null, role: 'buyer', name: 'John Buyer', permissions: [] },
  };
  const workspace = new Workspace(session, 'ws://127.0.0.1:9/sync');
  workspace.setOnline(false);
  workspaces.push(workspace);
  const intents = new BuyerIntentsState(workspace);
  return { workspace, intents, draftKey: session.account.id, buyerId: session.account.id };
}

function match(intentId: string, exhibitId: string, zh: string, en: string): FeedMatch {
  return {
    intentId, companyId: 'demo', companyNameZh: '广州示例机械有限公司', companyNameEn: 'Guangzhou Demo Machinery Co., Ltd.',
    exhibitId, exhibitNameZh: zh, exhibitNameEn: en, score: 1, at: Date.now(),
  };
}

afterEach(async () => {
  cleanup();
  localStorage.clear();
  for (const w of workspaces.splice(0)) await w.purge();
});

describe('purchase intents to the fair', () => {
  it('says what is missing or wrong and keeps what was typed, then posts into the buyer doc offline', async () => {
    locale.set('zh-CN');
    const { workspace, intents, draftKey, buyerId } = open();
    render(IntentsPage, { intents, sections, draftKey });
    const form = screen.getByRole('form', { name: '发布采购意向' });

    await fireEvent.click(within(form).getByRole('button', { name: '发布采购意向' }));
    expect(within(form).getByText('此项为必填项')).toBeInTheDocument();

    await fireEvent.input(within(form).getByLabelText('采购需求（中文或英文）'), { target: { value: '需要<b>挖掘机</b>' } });
    await fireEvent.input(within(form).getByLabelText('数量'), { target: { value: '二十' } });
    await fireEvent.click(within(form).getByRole('button', { name: '发布采购意向' }));
    expect(within(form).getByText('请输入有效的数字')).toBeInTheDocument();
    expect(within(form).getByLabelText('采购需求（中文或英文）')).toHaveValue('需要<b>挖掘机</b>');

    await fireEvent.input(within(form).getByLabelText('数量'), { target: { value: '20' } });
    await fireEvent.input(within(form).getByLabelText('单位'), { target: { value: '台' } });
    await fireEvent.change(within(form).getByLabelText('展区'), { target: { value: 'sec-m' } });
    await fireEvent.click(within(form).getByRole('button', { name: '发布采购意向' }));
    expect(within(form).getByRole('status')).toHaveTextContent('采购意向已发布');
    expect(within(form).getByLabelText('采购需求（中文或英文）')).toHaveValue('');

    const item = await screen.findByTestId('fair-intent');
    expect(within(item).getByText('需要<b>挖掘机</b>')).toBeInTheDocument();
    expect(item.querySelector('b')).toBeNull();
    expect(within(item).getByText('20 台')).toBeInTheDocument();
    expect(within(item).getByText('大型机械及设备')).toBeInTheDocument();
    expect(within(item).getByText(/发布时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/)).toBeInTheDocument();
    // Offline: it waits in the buyer's own doc until the device is online.
    expect(item).toHaveAttribute('data-status', 'waiting');
    expect(within(item).getByRole('status')).toHaveTextContent('等待同步');

    const stored = [...buyerIntents(workspace.doc('buyer')!.doc).values()];
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ buyerId, text: '需要<b>挖掘机</b>', sectionId: 'sec-m', quantity: 20, unit: '台' });
    expect(stored[0].id).toMatch(/^fi/);
  });

  it('shows the matches the fair pushed in the UI language, and says when there are none', async () => {
    locale.set('en');
    const { workspace, intents, draftKey } = open();
    render(IntentsPage, { intents, sections, draftKey });
    const first = intents.post({ text: 'Need excavators', quantity: 20, unit: 'units' });
    const second = intents.post({ text: 'Need violins', quantity: 2, unit: 'pcs' });
    if (!first.ok || !second.ok) throw new Error('valid intents were refused');

    const feed = workspace.doc('feed')!.doc;
    feed.transact(() => {
      feedMatches(feed).set(first.value.id, [match(first.value.id, 'e1', '履带式液压挖掘机', ''), match(first.value.id, 'e2', '小型挖掘机', 'Mini excavator')]);
      feedMatches(feed).set(second.value.id, []);
    });

    await waitFor(() => expect(screen.getAllByTestId('fair-match')).toHaveLength(2));
    const items = screen.getAllByTestId('fair-intent');
    const matched = items.find((i) => i.textContent?.includes('Need excavators'))!;
    const none = items.find((i) => i.textContent?.includes('Need violins'))!;
    expect(within(matched).getByText('Matching exhibits (2)')).toBeInTheDocument();
    expect(within(matched).getByText('履带式液压挖掘机')).toBeInTheDocument();
    expect(within(matched).getByText('Mini excavator')).toBeInTheDocument();
    expect(within(matched).getAllByText('Guangzhou Demo Machinery Co., Ltd.')).toHaveLength(2);
    expect(within(matched).getAllByRole('link', { name: 'View showroom' })[0]).toHaveAttribute('href', '/fair/show/demo');
    expect(none).toHaveAttribute('data-status', 'none');
    expect(within(none).getByRole('status')).toHaveTextContent('No matching exhibits yet');
  });

  it('keeps a half-typed intent across leaving the page', async () => {
    locale.set('en');
    const { intents, draftKey } = open();
    const first = render(IntentsPage, { intents, sections, draftKey });
    await fireEvent.input(screen.getByLabelText('What you need (Chinese or English)'), { target: { value: 'Diesel forklifts' } });
    await fireEvent.input(screen.getByLabelText('Quantity'), { target: { value: '1O' } });
    first.unmount();

    render(IntentsPage, { intents, sections, draftKey });
    expect(screen.getByLabelText('What you need (Chinese or English)')).toHaveValue('Diesel forklifts');
    expect(screen.getByLabelText('Quantity')).toHaveValue('1O');
    expect(screen.getByText('You have not posted a purchase intent yet')).toBeInTheDocument();
  });
});
