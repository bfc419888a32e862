import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { updateExhibit } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { signedInDevice } from './desk-page.ts';
import { buyerDevice, DEMO_COMPANY_ZH, MainAccount } from './fair-pages.ts';

let server: RunningServer;
let browser: Browser;
let main: MainAccount;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  main = await MainAccount.open(server);
});

afterAll(async () => {
  main?.destroy();
  await browser?.close();
  await server?.stop();
});

/** A 1×1 PNG, uploaded by the exhibitor as its devices do (POST /api/blobs). */
async function uploadPhoto(): Promise<string> {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const { token } = await server.login('demo-main', 'fairdesk-demo');
  const res = await fetch(server.url + 'api/blobs', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/png' }, body: png });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const HOSTILE_NAME = '<img src=x onerror="window.__hacked=1">轮式装载机 5 吨';

describe('a company showroom on the fair pages (R6.1)', () => {
  it('shows a buyer the listed exhibits only, recommended first, user text as text, and again offline', async () => {
    // The exhibitor recommends its generator (the last listed in display order), puts markup in a
    // listed exhibit's name, gives the excavator a photo, and tries to list the exhibit the fair banned.
    const generator = main.exhibit('GDM-GEN-500');
    expect(await main.recommend(generator.id)).toMatchObject({ status: 'accepted' });
    updateExhibit(main.catalog.doc, main.exhibit('GDM-WL-50').id, { nameZh: HOSTILE_NAME });
    const photo = await uploadPhoto();
    updateExhibit(main.catalog.doc, main.exhibit('GDM-EX-220').id, { imageIds: [photo] });
    updateExhibit(main.catalog.doc, main.exhibit('GDM-GEN-X').id, { status: 'listed' });

    const buyer = await buyerDevice(browser, server.url);
    const { page } = buyer;
    await page.getByRole('link', { name: DEMO_COMPANY_ZH }).click();
    await page.waitForURL((u) => u.pathname === '/fair/show/demo');
    await page.getByTestId('showroom-name').filter({ hasText: DEMO_COMPANY_ZH }).waitFor();

    const names = page.getByTestId('show-exhibit-name');
    // The agent projects within moments; wait for the recommendation and the new name to arrive.
    await page.getByTestId('show-exhibit').first().getByTestId('recommended-marker').waitFor({ timeout: 20_000 });
    await names.filter({ hasText: '轮式装载机' }).filter({ hasText: '<img' }).waitFor({ timeout: 20_000 });
    expect(await names.allTextContents()).toEqual(['500 kW 柴油发电机组', '履带式液压挖掘机 22 吨', HOSTILE_NAME, '数控龙门加工中心']);
    expect(await page.getByTestId('recommended-marker').count()).toBe(1);
    const text = await page.locator('main').textContent();
    expect(text).not.toContain('变压器');
    expect(text).not.toContain('仿冒品牌发电机');
    expect(await page.evaluate(() => (window as unknown as { __hacked?: number }).__hacked)).toBeUndefined();
    expect(await page.getByTestId('show-exhibit').filter({ hasText: '轮式装载机' }).locator('img').count()).toBe(0);

    // The photo comes from the public blob endpoint, with its alt text.
    const image = page.getByRole('img', { name: '履带式液压挖掘机 22 吨（图片 1）' });
    await image.waitFor({ timeout: 20_000 });
    expect(await image.getAttribute('src')).toBe(`/api/blobs/${photo}`);
    await page.waitForFunction((el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0, await image.elementHandle());
    await page.screenshot({ path: `${server.dataDir}/showroom.png`, fullPage: true });

    // In English, names and descriptions follow the language.
    await page.getByLabel('语言').selectOption('en');
    await names.first().filter({ hasText: '500 kW diesel generator set' }).waitFor();
    await page.getByText('Silent canopy, automatic transfer switch').waitFor();
    await page.getByLabel('Language').selectOption('zh-CN');

    // A visited showroom opens again with the network off, from this device's copy.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await buyer.context.setOffline(true);
    await page.reload();
    await names.first().waitFor({ timeout: 15_000 });
    expect(await names.allTextContents()).toEqual(['500 kW 柴油发电机组', '履带式液压挖掘机 22 吨', HOSTILE_NAME, '数控龙门加工中心']);
    await page.getByRole('link', { name: /全部展厅/ }).click();
    await page.getByTestId('directory-cached').waitFor();
    await page.getByRole('link', { name: DEMO_COMPANY_ZH }).waitFor();
    await buyer.context.close();
  });

  it('is open to an exhibitor account too, which keeps its desk', async () => {
    const sales = await signedInDevice(browser, server.url, 'demo-sales-2');
    await sales.page.goto(server.url + 'fair/show/demo');
    await sales.page.getByTestId('showroom-name').filter({ hasText: DEMO_COMPANY_ZH }).waitFor();
    await sales.page.getByTestId('show-exhibit').first().waitFor();
    expect(await sales.page.getByRole('button', { name: '就此展品发布采购意向' }).count()).toBe(0);
    await sales.page.getByRole('link', { name: '返回工作台' }).click();
    await sales.page.getByTestId('exhibit-row').first().waitFor();
    expect(new URL(sales.page.url()).pathname).toBe('/desk/exhibits');
    await sales.context.close();
  });
});
