import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../helpers/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { editField, row, signedInDevice, waitForSyncState } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

describe('one account on two devices', () => {
  it('sees the other device’s catalogue edits, and edits made offline arrive after reconnecting', async () => {
    const a = await signedInDevice(browser, server.url, 'demo-main');
    const b = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(a.page, 'online');
    await waitForSyncState(b.page, 'online');

    const first = (await a.page.getByTestId('exhibit-row').first().locator('.name').textContent())!.trim();
    await editField(a.page, first, 'nameZh', '液压挖掘机（改）');
    await row(b.page, '液压挖掘机（改）').waitFor({ timeout: 5_000 });

    // Device B goes offline and edits; A must not see it until B is back.
    await b.context.setOffline(true);
    await waitForSyncState(b.page, 'offline');
    await editField(b.page, '液压挖掘机（改）', 'nameZh', '离线时改的名字');
    await waitForSyncState(b.page, 'pending');
    await a.page.waitForTimeout(1_000);
    expect(await row(a.page, '离线时改的名字').count()).toBe(0);

    // Meanwhile A changes another exhibit: both edits must survive the reconnect.
    const second = (await a.page.getByTestId('exhibit-row').nth(1).locator('.name').textContent())!.trim();
    await editField(a.page, second, 'nameZh', '在线时改的名字');

    await b.context.setOffline(false);
    await waitForSyncState(b.page, 'online');
    await row(a.page, '离线时改的名字').waitFor({ timeout: 10_000 });
    await row(b.page, '在线时改的名字').waitFor({ timeout: 10_000 });

    await a.context.close();
    await b.context.close();
  });

  it('after one visit, reloads with the network off and still shows the app and its data', async () => {
    const a = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(a.page, 'online');
    await a.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const count = await a.page.getByTestId('exhibit-row').count();
    expect(count).toBeGreaterThan(0);

    await a.context.setOffline(true);
    await a.page.reload();
    await a.page.getByTestId('exhibit-row').first().waitFor({ timeout: 15_000 });
    expect(await a.page.getByTestId('exhibit-row').count()).toBe(count);
    await waitForSyncState(a.page, 'offline');

    // Work done offline waits, then syncs once the network returns.
    await a.page.getByRole('button', { name: '添加展品' }).click();
    const form = a.page.getByRole('form', { name: '添加展品' });
    await form.locator('[name="nameZh"]').fill('离线新增的展品');
    await form.getByRole('button', { name: '保存' }).click();
    await row(a.page, '离线新增的展品').waitFor();
    await waitForSyncState(a.page, 'pending');
    await a.context.setOffline(false);
    await waitForSyncState(a.page, 'online');

    const b = await signedInDevice(browser, server.url, 'demo-main');
    await row(b.page, '离线新增的展品').waitFor({ timeout: 10_000 });
    await a.context.close();
    await b.context.close();
  });
});
