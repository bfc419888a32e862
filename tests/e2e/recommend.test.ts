import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addRequest, readExhibits, readOutcome, readQuota, recommendedCount, type Exhibit } from '@fairdesk/shared';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from '../server/clients.ts';
import { row, signedInDevice, waitForSyncState } from './desk-page.ts';

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

async function open(docName: string, token: string): Promise<ProviderClient> {
  const client = openProvider(server, docName, token);
  clients.push(client);
  await providerSynced(client, docName);
  return client;
}

const EXCAVATOR = '履带式液压挖掘机 22 吨';

describe('recommending exhibits until the quota runs out (R1.5–R1.7)', () => {
  it('spends exactly one unit per accepted request, shows the remaining count, then refuses', async () => {
    // demo is a brand enterprise in two sections: 50 × 2 = 100.
    const { token } = await server.login('demo-main', 'fairdesk-demo');
    const catalog = await open('co:demo:catalog', token);
    const fair = await open('co:demo:fair', token);
    const desk = await open('co:demo:acct:demo-main', token);
    const listed = readExhibits(catalog.doc).filter((e) => e.status === 'listed');
    const unlisted = readExhibits(catalog.doc).find((e) => e.status === 'unlisted') as Exhibit;
    const excavator = listed.find((e) => e.nameZh === EXCAVATOR) as Exhibit;
    expect(listed).toHaveLength(4);

    // Most of the quota goes through another client of the same account, as a second device would.
    const ids = Array.from({ length: 98 }, (_, i) => addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: listed[i % 4].id }));
    const notListed = addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: unlisted.id });
    await until(() => ids.every((id) => readOutcome(desk.doc, id)) && !!readOutcome(desk.doc, notListed), 'outcomes of 99 requests', 60_000);
    expect(ids.filter((id) => readOutcome(desk.doc, id)?.status === 'accepted')).toHaveLength(98);
    expect(readOutcome(desk.doc, notListed)).toMatchObject({ status: 'refused', reason: 'recommend.notListed' });
    await until(() => readQuota(fair.doc).spent === 98, 'the fair doc to show 98 spent');
    expect(readQuota(fair.doc).total).toBe(100);
    const before = recommendedCount(fair.doc, excavator.id);
    expect(before).toBeGreaterThan(0);

    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    const excavatorRow = row(page, EXCAVATOR);
    const shownCount = () => excavatorRow.getByTestId('recommended-count').textContent();
    await expect.poll(shownCount, { timeout: 10_000 }).toBe(String(before));
    // An unlisted exhibit offers no 推荐.
    expect(await row(page, '1000 kVA 油浸式变压器').getByRole('button', { name: '推荐', exact: true }).count()).toBe(0);

    for (const left of [2, 1]) {
      await excavatorRow.getByRole('button', { name: '推荐', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '提示' });
      expect(await dialog.textContent()).toContain('确定要推荐此展品吗？');
      expect(await dialog.getByTestId('recommend-quota').textContent()).toBe(`您最多可推荐100次，当前剩余${left}次`);
      await dialog.getByRole('button', { name: '确定' }).click();
      await excavatorRow.locator('[data-testid="recommend-state"][data-state="accepted"]').waitFor({ timeout: 10_000 });
      const expected = before + 3 - left;
      await expect.poll(shownCount, { timeout: 10_000 }).toBe(String(expected));
      // Wait until the pending one is answered before asking again, so the count shown is the fair's.
      await until(() => readQuota(fair.doc).spent === 100 - left + 1, `spent ${100 - left + 1}`);
    }

    // At zero the app refuses by itself and writes nothing.
    const requestsBefore = desk.doc.getMap('requests').size;
    await excavatorRow.getByRole('button', { name: '推荐', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '提示' });
    expect(await dialog.getByTestId('recommend-exhausted').textContent()).toBe('您推荐展品次数已达上限');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.waitForTimeout(500);
    expect(desk.doc.getMap('requests').size).toBe(requestsBefore);

    // A request that gets past the app (another device that had not heard yet) is refused by the agent.
    const late = addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: excavator.id });
    await until(() => !!readOutcome(desk.doc, late), 'the late request’s outcome');
    expect(readOutcome(desk.doc, late)).toMatchObject({ status: 'refused', reason: 'error.quotaExhausted' });
    await excavatorRow.locator('[data-testid="recommend-state"][data-state="refused"]').waitFor({ timeout: 10_000 });
    expect(await excavatorRow.getByTestId('recommend-state').textContent()).toContain('推荐未成功：推荐次数已达上限');
    expect(readQuota(fair.doc)).toEqual({ total: 100, spent: 100 });
    expect(await shownCount()).toBe(String(before + 2));
    await context.close();
  });
});
