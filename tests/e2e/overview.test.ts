import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addRequest, readOutcome } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until } from '../server/clients.ts';
import { signedInOverview } from './desk-page.ts';
import { MainAccount } from './fair-pages.ts';

/** 概览 after the fair's deadline (R2.1, R0.4): the allocation settings are read-only, the agent refuses a change. */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ env: { FAIR_DEADLINE: '2021-04-05T23:59:59+08:00' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('概览', () => {
  it('is the landing page, shows the badges, guide and figures, and locks the allocation settings after the deadline', async () => {
    const { context, page } = await signedInOverview(browser, server.url, 'demo-main');
    await expect(page.getByRole('heading', { name: '概览', level: 1 }).count()).resolves.toBe(1);
    await page.locator('[data-testid="allocation-deadline"]', { hasText: '2021-04-05 23:59:59 后此设置将无法修改' }).waitFor();
    await page.getByTestId('allocation-locked').waitFor();
    await expect(page.getByTestId('allocation-intent').getByLabel('主账号手动分配').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('allocation-chat').getByLabel('主账号手动分配').isDisabled()).resolves.toBe(true);
    // The demo company has its names, sections and listed exhibits: three of four steps are done.
    await page.locator('[data-testid="guide-progress"]', { hasText: '已完成 3/4' }).waitFor();
    // Four of the demo's exhibits are listed (the transformer is not, the counterfeit is banned).
    await expect(page.getByTestId('count-listed').textContent()).resolves.toBe('4');

    // Opening 全部采购意向 completes step 4, on this device and in the desk doc.
    await page.getByRole('navigation', { name: 'menu' }).getByRole('link', { name: '全部采购意向' }).click();
    await page.getByTestId('intents-empty').waitFor();
    await page.getByRole('navigation', { name: 'menu' }).getByRole('link', { name: '概览' }).click();
    await page.locator('[data-testid="guide-progress"]', { hasText: '已完成 4/4' }).waitFor();
    await page.screenshot({ path: '/tmp/overview-locked.png', fullPage: true });
    await context.close();

    // The server enforces it too: a request from another device is refused with the reason.
    const main = await MainAccount.open(server);
    const requestId = addRequest(main.desk.doc, 'setAllocation', 'demo-main', { kind: 'intent', mode: 'manual' });
    await until(() => readOutcome(main.desk.doc, requestId) !== undefined, 'the outcome of setAllocation', 20_000);
    expect(readOutcome(main.desk.doc, requestId)).toMatchObject({ status: 'refused', reason: 'intents.settingsLocked' });
    main.destroy();
  });
});
