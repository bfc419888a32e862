import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addRequest, docName, feedIntentsMap, readOutcome, updateExhibit, writeBuyerCard, type AccountId } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from '../server/clients.ts';
import { DEMO_PASSWORD, signedInOverview, waitForSyncState } from './desk-page.ts';
import { MainAccount } from './fair-pages.ts';

/**
 * The main browser test (R2.2–R2.5, R0.5): a buyer's intent about an exhibit linked to a
 * salesperson reaches that salesperson's device and the main account's, never another's; manual
 * mode sends the next to the main account; reassignment moves an intent between desks.
 */
let server: RunningServer;
let browser: Browser;
let main: MainAccount;
let buyer: ProviderClient;
let feed: ProviderClient;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  main = await MainAccount.open(server);
  const { token } = await server.login('demo-buyer', DEMO_PASSWORD);
  buyer = openProvider(server, docName({ scope: 'buyer', buyerId: 'demo-buyer' }), token);
  feed = openProvider(server, docName({ scope: 'feed', buyerId: 'demo-buyer' }), token);
  await providerSynced(buyer, 'the buyer doc');
  await providerSynced(feed, 'the buyer feed');
  const card = writeBuyerCard(buyer.doc, { nameZh: '约翰', nameEn: 'John Buyer', companyEn: 'Buyer Ltd', email: 'john@example.com', region: 'United Kingdom' });
  expect(card.ok).toBe(true);
});

afterAll(async () => {
  buyer?.destroy();
  feed?.destroy();
  main?.destroy();
  await browser?.close();
  await server?.stop();
});

/** demo-buyer sends a purchase intent from the showroom, as the fair page does; returns its id. */
async function sendIntent(exhibitId: string, description: string): Promise<string> {
  const requestId = addRequest(buyer.doc, 'postIntent', 'demo-buyer', { companyId: 'demo', exhibitId, quantity: 3, unit: '台', description });
  await until(() => readOutcome(buyer.doc, requestId) !== undefined, 'the outcome of the intent', 20_000);
  expect(readOutcome(buyer.doc, requestId)).toMatchObject({ status: 'accepted' });
  let id = '';
  await until(() => {
    feedIntentsMap(feed.doc).forEach((status, key) => {
      if (status.requestId === requestId) id = key;
    });
    return id !== '';
  }, 'the intent id in the buyer feed');
  return id;
}

async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'menu' }).getByRole('link', { name: label, exact: false }).first().click();
}

function intentRow(page: Page, id: string) {
  return page.locator(`[data-testid="intent-row"][data-intent="${id}"]`);
}

describe('intents reach the accounts R2.2 names', () => {
  it('goes to the linked salesperson and main, never to the other sub-account; manual mode and reassignment move them', async () => {
    // demo-main links the excavator to demo-sales-1 only.
    const excavator = main.exhibit('GDM-EX-220');
    expect(updateExhibit(main.catalog.doc, excavator.id, { salespersonIds: ['demo-sales-1' as AccountId] }).ok).toBe(true);

    const mainDevice = await signedInOverview(browser, server.url, 'demo-main');
    const sales1 = await signedInOverview(browser, server.url, 'demo-sales-1');
    const sales2 = await signedInOverview(browser, server.url, 'demo-sales-2');
    await openMenu(mainDevice.page, '全部采购意向');
    await openMenu(sales1.page, '我收到的采购意向');
    await openMenu(sales2.page, '我收到的采购意向');
    // A sub-account has no 全部采购意向.
    await expect(sales1.page.getByRole('link', { name: '全部采购意向' }).count()).resolves.toBe(0);

    const first = await sendIntent(excavator.id, '需要 3 台挖掘机，请报价');
    await intentRow(sales1.page, first).waitFor();
    await intentRow(mainDevice.page, first).waitFor();
    await expect(intentRow(mainDevice.page, first).getByTestId('intent-assignee').textContent()).resolves.toBe('李业务');
    await expect(intentRow(sales1.page, first).textContent()).resolves.toContain('履带式液压挖掘机 22 吨');
    await sales1.page.getByTestId('header-badge').waitFor();
    await expect(sales1.page.getByTestId('header-badge').textContent()).resolves.toBe('1');
    await waitForSyncState(sales2.page, 'online');
    await expect(intentRow(sales2.page, first).count()).resolves.toBe(0);
    await expect(sales2.page.getByTestId('header-badge').count()).resolves.toBe(0);

    // The salesperson opens the detail: the buyer's card came with the intent.
    await intentRow(sales1.page, first).getByRole('button', { name: '查看详情' }).click();
    await expect(sales1.page.getByTestId('buyer-card').textContent()).resolves.toContain('Buyer Ltd');
    await sales1.page.getByRole('button', { name: '返回列表' }).click();

    // Main switches intent allocation to manual on 概览: the next intent goes to main.
    await openMenu(mainDevice.page, '概览');
    const intentMode = mainDevice.page.getByTestId('allocation-intent');
    await intentMode.getByLabel('主账号手动分配').check();
    await mainDevice.page.locator('[data-testid="allocation-intent"][data-mode="manual"]').waitFor({ timeout: 20_000 });
    const second = await sendIntent(excavator.id, '第二个意向');
    await openMenu(mainDevice.page, '我收到的采购意向');
    await intentRow(mainDevice.page, second).waitFor();
    await waitForSyncState(sales1.page, 'online');
    await expect(intentRow(sales1.page, second).count()).resolves.toBe(0);

    // Main reassigns the first intent to demo-sales-2: it leaves sales-1's list, reaches sales-2's.
    await openMenu(mainDevice.page, '全部采购意向');
    await intentRow(mainDevice.page, first).getByRole('button', { name: '查看详情' }).click();
    const form = mainDevice.page.getByRole('form', { name: '分配给' });
    await form.getByLabel('分配给').selectOption('demo-sales-2');
    await form.getByRole('button', { name: '分配' }).click();
    await intentRow(sales2.page, first).waitFor({ timeout: 20_000 });
    await intentRow(sales1.page, first).waitFor({ state: 'detached', timeout: 20_000 });
    await sales2.page.getByTestId('header-badge').waitFor();
    await expect(sales2.page.getByTestId('menu-badge').textContent()).resolves.toBe('1');
    await mainDevice.page.getByRole('button', { name: '返回列表' }).click();
    await expect(intentRow(mainDevice.page, first).getByTestId('intent-assignee').textContent()).resolves.toBe('张业务');

    await sales2.page.screenshot({ path: '/tmp/intent-allocation-sales2.png', fullPage: true });
    await mainDevice.page.screenshot({ path: '/tmp/intent-allocation-main.png', fullPage: true });
    for (const d of [mainDevice, sales1, sales2]) await d.context.close();
  });
});
