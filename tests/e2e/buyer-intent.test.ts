import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { intentsMap, type Intent } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until } from '../server/clients.ts';
import { DEMO_PASSWORD } from './desk-page.ts';
import { buyerDevice, DEMO_COMPANY_ZH } from './fair-pages.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { AGENT_RANDOM_SEED: '11' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a buyer sends a purchase intent to a company (R6.1)', () => {
  it('fills in its card, sends an intent about an exhibit, sees it accepted and listed; the company’s ledger has it', async () => {
    const { page, context } = await buyerDevice(browser, server.url);

    // Without a card the form says so and links to the card form.
    await page.getByRole('link', { name: DEMO_COMPANY_ZH }).click();
    await page.waitForURL((u) => u.pathname === '/fair/show/demo');
    const excavator = page.getByTestId('show-exhibit').filter({ hasText: '履带式液压挖掘机' });
    await excavator.getByRole('button', { name: '发送采购意向' }).click();
    const form = page.getByTestId('send-intent-form');
    await form.getByText('您还没有填写名片').waitFor();
    await form.getByRole('link', { name: '编辑名片' }).click();
    await page.waitForURL((u) => u.pathname === '/fair/card');

    // The card: a bad email is refused with a message; the preview follows what is typed.
    await page.getByLabel('英文姓名').fill('John Buyer');
    await page.getByLabel('公司（英文）').fill('Buyer Ltd');
    await page.getByLabel('邮箱').fill('john@');
    await page.getByRole('button', { name: '保存名片' }).click();
    await page.getByRole('alert').filter({ hasText: '邮箱格式不正确' }).waitFor();
    expect(await page.getByTestId('card-view').textContent()).toContain('Buyer Ltd');
    await page.getByLabel('邮箱').fill('john@buyer.example');
    await page.getByRole('button', { name: '保存名片' }).click();
    await page.getByTestId('card-saved').waitFor();

    await page.goBack();
    await page.waitForURL((u) => u.pathname === '/fair/show/demo');
    await excavator.getByRole('button', { name: '发送采购意向' }).click();
    await form.getByTestId('card-view').filter({ hasText: 'john@buyer.example' }).waitFor();
    await form.getByLabel('采购数量').fill('3');
    await form.getByLabel('单位').fill('台');
    await form.getByRole('button', { name: '发送', exact: true }).click();
    await form.getByRole('alert').filter({ hasText: '此项为必填项' }).waitFor();
    await form.getByLabel('需求描述').fill('请报 FOB 广州价格');
    await form.getByRole('button', { name: '发送', exact: true }).click();
    await form.locator('[data-testid="send-intent-state"][data-state="accepted"]').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: '/tmp/buyer-intent-showroom.png', fullPage: true });

    await page.getByRole('link', { name: '我的采购意向' }).click();
    const item = page.getByTestId('company-intent').filter({ hasText: DEMO_COMPANY_ZH });
    await item.filter({ hasText: '新意向' }).waitFor();
    expect(await item.textContent()).toContain('履带式液压挖掘机');
    await page.screenshot({ path: '/tmp/buyer-intent-list.png', fullPage: true });

    // demo-main's device sees it in the ledger, with the buyer's card, for the linked salesperson.
    const { token } = await server.login('demo-main', DEMO_PASSWORD);
    const ledger = openProvider(server, 'co:demo:ledger', token);
    await providerSynced(ledger, 'the ledger');
    await until(() => intentsMap(ledger.doc).size === 1, 'the intent in the ledger');
    const intent = [...intentsMap(ledger.doc).values()][0] as Intent;
    expect(intent).toMatchObject({ quantity: 3, unit: '台', description: '请报 FOB 广州价格', assigneeId: 'demo-sales-1', email: 'john@buyer.example', tags: ['overseas'] });
    expect(await item.textContent()).toContain(intent.id);
    ledger.destroy();
    await context.close();
  });
});
