import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  addRequest,
  buyerIntents,
  newId,
  readExhibits,
  readOutcome,
  type BuyerId,
  type FairIntent,
  type IntentId,
} from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from '../server/clients.ts';
import { signedInDevice, waitForSyncState } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
const clients: ProviderClient[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await browser?.close();
  await server?.stop();
});

async function open(login: string, docName: string): Promise<ProviderClient> {
  const { token } = await server.login(login, 'fairdesk-demo');
  const client = openProvider(server, docName, token);
  clients.push(client);
  await providerSynced(client, docName);
  return client;
}

/** demo-main recommends an exhibit from its own desk doc, as the app does, and waits for the agent. */
async function recommend(exhibitId: string): Promise<void> {
  const desk = await open('demo-main', 'co:demo:acct:demo-main');
  const requestId = addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId });
  await until(() => readOutcome(desk.doc, requestId) !== undefined, 'the outcome of the recommendation', 20_000);
  expect(readOutcome(desk.doc, requestId)).toMatchObject({ status: 'accepted' });
}

/** demo-buyer posts a purchase intent to the fair. */
async function postIntent(text: string): Promise<void> {
  const buyer = await open('demo-buyer', 'buyer:demo-buyer');
  const intent: FairIntent = {
    id: newId<IntentId>('fi'),
    buyerId: 'demo-buyer' as BuyerId,
    text,
    sectionId: '',
    category: '',
    quantity: 2,
    unit: '台',
    at: Date.now(),
  };
  buyerIntents(buyer.doc).set(intent.id, intent);
}

describe('展品配对列表 in the browser', () => {
  it('shows, in Beijing time, the recommended exhibit the agent matched to a buyer’s intent', async () => {
    const catalog = await open('demo-main', 'co:demo:catalog');
    const excavator = readExhibits(catalog.doc).find((e) => e.code === 'GDM-EX-220');
    expect(excavator?.status).toBe('listed');

    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    await page.getByRole('link', { name: '展品配对列表' }).click();
    await page.getByTestId('matches-empty').waitFor();
    await page.getByText('匹配时间以北京时间 (GMT+8) 为准').waitFor();

    await recommend(excavator!.id);
    await postIntent('求购挖掘机，22 吨左右');

    const line = page.getByTestId('match-row').filter({ hasText: '您的 履带式液压挖掘机 22 吨 已被推荐给采购商。' });
    await line.first().waitFor({ timeout: 30_000 });
    expect(await line.first().getAttribute('data-exhibit')).toBe(excavator!.id);
    // The context runs on Asia/Shanghai, so the time is Beijing time alone.
    expect(await line.first().locator('td').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    // In English the exhibit is named in English.
    await page.getByLabel('语言').selectOption('en');
    await page.getByTestId('match-row').filter({ hasText: 'Your Crawler hydraulic excavator, 22 t has been recommended to a buyer.' }).first().waitFor();

    await context.close();
  });
});
