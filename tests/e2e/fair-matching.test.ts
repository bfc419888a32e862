import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { docName, matchLog, showExhibits, type SectionId } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from '../server/clients.ts';
import { DEMO_PASSWORD } from './desk-page.ts';
import { buyerDevice, MainAccount } from './fair-pages.ts';

let server: RunningServer;
let browser: Browser;
let main: MainAccount;
let show: ProviderClient;
let matches: ProviderClient;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  main = await MainAccount.open(server);
  const { token } = await server.login('demo-main', DEMO_PASSWORD);
  show = openProvider(server, docName({ scope: 'show', companyId: 'demo' }), token);
  matches = openProvider(server, docName({ scope: 'matches', companyId: 'demo' }), token);
  await providerSynced(show, 'the demo showroom');
  await providerSynced(matches, 'the demo matching list');
});

afterAll(async () => {
  show?.destroy();
  matches?.destroy();
  main?.destroy();
  await browser?.close();
  await server?.stop();
});

const machinery = 'sec-machinery' as SectionId;

/** Adds a listed exhibit, waits until the fair has it in the showroom, and recommends it. */
async function listAndRecommend(input: Parameters<MainAccount['add']>[0]): Promise<string> {
  const exhibit = main.add({ ...input, status: 'listed' });
  await until(() => showExhibits(show.doc).has(exhibit.id), `${exhibit.code} in the showroom`, 20_000);
  expect(await main.recommend(exhibit.id)).toMatchObject({ status: 'accepted' });
  return exhibit.id;
}

async function postIntent(page: Page, text: string, quantity: string, unit: string): Promise<void> {
  const form = page.getByRole('form', { name: '发布采购意向' });
  await form.getByLabel('采购需求（中文或英文）').fill(text);
  await form.getByLabel('数量').fill(quantity);
  await form.getByLabel('单位').fill(unit);
  await form.getByRole('button', { name: '发布采购意向' }).click();
  await page.getByTestId('fair-intent').filter({ hasText: text }).waitFor();
}

describe('a buyer intent posted to the fair (R6.2, R1.8)', () => {
  it('is matched across languages to recommended exhibits, shown to the buyer and logged for the exhibitor', async () => {
    expect(await main.recommend(main.exhibit('GDM-EX-220').id)).toMatchObject({ status: 'accepted' });
    const englishOnly = await listAndRecommend({
      code: 'EN-ONLY-18', nameEn: 'Mini excavator 1.8 t', sectionId: machinery, category: 'Construction machinery',
      keywords: 'excavator, digger', descriptionEn: 'A compact 1.8-tonne crawler excavator (digger) for gardens, farms and narrow building sites.',
      price: 'USD 9,800', moq: 2, moqUnit: 'units',
    });
    const chineseOnly = await listAndRecommend({
      code: 'ZH-ONLY-FL3', nameZh: '柴油叉车 3 吨', sectionId: machinery, category: '物料搬运设备',
      keywords: '叉车, 柴油叉车', descriptionZh: '3 吨柴油叉车，起升高度 3 米，适用于仓库与码头装卸。',
      price: '人民币 68,000 元', moq: 1, moqUnit: '台',
    });

    const { page, context } = await buyerDevice(browser, server.url);
    await page.getByRole('link', { name: '我的采购意向' }).first().click();
    await page.waitForURL((u) => u.pathname === '/fair/intents');

    // Chinese intent → the exhibit described only in English.
    await postIntent(page, '需要挖掘机 20台', '20', '台');
    const zhIntent = page.getByTestId('fair-intent').filter({ hasText: '需要挖掘机 20台' });
    await zhIntent.getByTestId('fair-match').filter({ hasText: 'Mini excavator 1.8 t' }).waitFor({ timeout: 20_000 });
    await zhIntent.getByTestId('fair-match').filter({ hasText: '履带式液压挖掘机 22 吨' }).waitFor();
    expect(await zhIntent.getByTestId('fair-match').filter({ hasText: '柴油叉车' }).count()).toBe(0);
    expect(await zhIntent.textContent()).toMatch(/发布时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/);

    // English intent → the exhibit described only in Chinese.
    await postIntent(page, 'Looking for a diesel forklift for our warehouse', '10', 'units');
    const enIntent = page.getByTestId('fair-intent').filter({ hasText: 'diesel forklift' });
    await enIntent.getByTestId('fair-match').filter({ hasText: '柴油叉车 3 吨' }).waitFor({ timeout: 20_000 });
    expect(await enIntent.getByTestId('fair-match').filter({ hasText: 'Mini excavator' }).count()).toBe(0);
    await page.screenshot({ path: `${server.dataDir}/fair-intents.png`, fullPage: true });

    // Each push is in the exhibitor's 展品配对列表 (R1.8).
    const logged = () => matchLog(matches.doc).toArray();
    await until(() => logged().some((e) => e.exhibitId === englishOnly) && logged().some((e) => e.exhibitId === chineseOnly), 'the matching list');
    for (const id of [englishOnly, chineseOnly]) {
      expect(logged().find((e) => e.exhibitId === id)).toMatchObject({ buyerId: 'demo-buyer' });
    }

    // From a match, the buyer goes to the exhibitor's showroom.
    await enIntent.getByRole('link', { name: '查看展厅' }).first().click();
    await page.waitForURL((u) => u.pathname === '/fair/show/demo');
    await page.getByTestId('show-exhibit-name').filter({ hasText: '柴油叉车 3 吨' }).waitFor();

    // Signing out leaves nothing of the buyer, nor of the showrooms it visited, on the device.
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(await databases()).toEqual(expect.arrayContaining(['buyer:demo-buyer', 'feed:demo-buyer', 'show:demo']));
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    const left = await databases();
    expect(left.filter((n) => /demo-buyer|^show:/.test(n))).toEqual([]);
    await context.close();
  });

  it('can be posted offline: it waits on the device and is matched once the device is back online', async () => {
    expect(await main.recommend(main.exhibit('GDM-WL-50').id)).toMatchObject({ status: 'accepted' });
    const { page, context } = await buyerDevice(browser, server.url);
    await page.getByRole('link', { name: '发布采购意向' }).click();
    await page.waitForURL((u) => u.pathname === '/fair/intents');

    await context.setOffline(true);
    await page.locator('[data-testid="sync-state"][data-state="offline"]').waitFor();
    await postIntent(page, '需要装载机 5台', '5', '台');
    const intent = page.getByTestId('fair-intent').filter({ hasText: '需要装载机 5台' });
    expect(await intent.getAttribute('data-status')).toBe('waiting');
    await intent.getByText('等待同步').waitFor();

    await context.setOffline(false);
    await intent.getByTestId('fair-match').filter({ hasText: '轮式装载机 5 吨' }).waitFor({ timeout: 20_000 });
    expect(await intent.getAttribute('data-status')).toBe('matched');
    await context.close();
  });
});
