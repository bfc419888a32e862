import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../helpers/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { row, signedInDevice, waitForSyncState } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const names = (page: Page) => page.getByTestId('exhibit-row').locator('.name').allTextContents();
const EXCAVATOR = '履带式液压挖掘机 22 吨';
const LOADER = '轮式装载机 5 吨';
const GENERATOR = '500 kW 柴油发电机组';
const TRANSFORMER = '1000 kVA 油浸式变压器';
/** The demo's sixth exhibit, banned by the fair. */
const BANNED = '仿冒品牌发电机';

/**
 * A 2000×1000 PNG drawn by the browser itself: big enough that the app must shrink it. Images
 * are content-addressed, so each test draws its own colour to get its own id.
 */
async function pngBytes(page: Page, colour: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (colour) => {
    const canvas = new OffscreenCanvas(2000, 1000);
    const c = canvas.getContext('2d')!;
    c.fillStyle = '#1e88e5';
    c.fillRect(0, 0, 2000, 1000);
    c.fillStyle = colour;
    c.fillRect(500, 250, 1000, 500);
    const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, colour);
  return Buffer.from(base64, 'base64');
}

describe('the catalogue in the browser (展品管理)', () => {
  it('filters with counts, searches in both languages, batch-unlists, pins and links a salesperson', async () => {
    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    expect(await page.getByTestId('filter-listed').textContent()).toContain('已上架 (4)');
    expect(await page.getByTestId('filter-banned').textContent()).toContain('已封禁 (1)');
    expect(await page.getByTestId('section-sec-power').textContent()).toContain('动力、电力设备 (3)');
    expect(await page.getByTestId('salesperson-yes').textContent()).toContain('是 (6)');
    const all = await page.getByTestId('exhibit-row').count();

    await page.getByTestId('section-sec-power').click();
    expect((await names(page)).sort()).toEqual([GENERATOR, TRANSFORMER, BANNED].sort());
    expect(await page.getByTestId('filter-listed').textContent()).toContain('已上架 (1)');
    await page.getByTestId('section-all').click();

    const search = page.getByLabel('搜索展品');
    await search.fill('EXCAVATOR');
    expect(await names(page)).toEqual([EXCAVATOR]);
    await search.fill('柴油');
    expect(await names(page)).toEqual([GENERATOR]);
    await search.fill('diesel GENERATOR');
    expect(await names(page)).toEqual([GENERATOR]);
    await search.fill('');
    expect(await page.getByTestId('exhibit-row').count()).toBe(all);

    // 批量下架 two listed exhibits.
    await page.getByLabel(`选择展品 ${EXCAVATOR}`).check();
    await page.getByLabel(`选择展品 ${LOADER}`).check();
    await page.getByRole('button', { name: '批量下架' }).click();
    await page.locator('[data-testid="filter-listed"]', { hasText: '已上架 (2)' }).waitFor();
    expect(await row(page, EXCAVATOR).getByTestId('exhibit-status').textContent()).toBe('已下架');

    // 置顶 moves the last exhibit to the top.
    await row(page, TRANSFORMER).getByRole('button', { name: '置顶', exact: true }).click();
    await page.waitForFunction((name) => document.querySelector('[data-testid="exhibit-row"] .name')?.textContent === name, TRANSFORMER);
    expect(await row(page, TRANSFORMER).getByTestId('pinned').count()).toBe(1);

    // 关联业务员 for one exhibit: its links become exactly 张业务.
    await page.getByLabel(`选择展品 ${EXCAVATOR}`).uncheck();
    await page.getByLabel(`选择展品 ${LOADER}`).uncheck();
    await page.getByLabel(`选择展品 ${GENERATOR}`).check();
    await page.getByRole('button', { name: '关联业务员' }).click();
    const dialog = page.getByTestId('salesperson-dialog');
    await dialog.getByLabel('张业务').check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="exhibit-row"]')];
      return rows.some((r) => r.textContent?.includes('500 kW') && r.querySelector('[data-testid="exhibit-salespeople"]')?.textContent === '张业务');
    });

    // Another device of the company sees all of it.
    const other = await signedInDevice(browser, server.url, 'demo-sales-1');
    await other.page.locator('[data-testid="filter-listed"]', { hasText: '已上架 (2)' }).waitFor({ timeout: 10_000 });
    expect((await names(other.page))[0]).toBe(TRANSFORMER);
    expect(await row(other.page, GENERATOR).getByTestId('exhibit-salespeople').textContent()).toBe('张业务');
    await context.close();
    await other.context.close();
  });

  it('uploads a picked image shrunk to 1280 px, shows it in the list, and after a reload', async () => {
    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    const png = await pngBytes(page, '#ffeb3b');

    await row(page, LOADER).getByRole('button', { name: '编辑' }).click();
    const form = page.getByRole('form', { name: '编辑' });
    await form.getByLabel('添加图片').setInputFiles({ name: 'loader.png', mimeType: 'image/png', buffer: png });
    const thumb = form.getByTestId('exhibit-image');
    await thumb.waitFor();
    const id = await thumb.getAttribute('data-image-id');
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(await form.getByTestId('image-waiting').count()).toBe(0);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });

    // The server has the shrunk JPEG under that id.
    const response = await fetch(`${server.url}api/blobs/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('image/jpeg');
    const served = await page.evaluate(async (url) => {
      const bitmap = await createImageBitmap(await (await fetch(url)).blob());
      return { width: bitmap.width, height: bitmap.height };
    }, `/api/blobs/${id}`);
    expect(served).toEqual({ width: 1280, height: 640 });

    const listed = row(page, LOADER).getByTestId('exhibit-image');
    await listed.waitFor();
    await page.reload();
    await row(page, LOADER).getByTestId('exhibit-image').waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="exhibit-row"] img[data-testid="exhibit-image"]');
      return !!img && img.complete && img.naturalWidth === 1280;
    });

    // A device that never saw it fetches it from the server.
    const other = await signedInDevice(browser, server.url, 'demo-sales-1');
    await row(other.page, LOADER).getByTestId('exhibit-image').waitFor({ timeout: 10_000 });
    await other.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="exhibit-row"] img[data-testid="exhibit-image"]');
      return !!img && img.complete && img.naturalWidth === 1280;
    });
    await context.close();
    await other.context.close();
  });

  it('keeps an image picked offline and uploads it once back online', async () => {
    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    const png = await pngBytes(page, '#43a047');
    await context.setOffline(true);
    await waitForSyncState(page, 'offline');

    await row(page, GENERATOR).getByRole('button', { name: '编辑' }).click();
    const form = page.getByRole('form', { name: '编辑' });
    await form.getByLabel('添加图片').setInputFiles({ name: 'generator.png', mimeType: 'image/png', buffer: png });
    await form.getByTestId('image-waiting').waitFor();
    const id = await form.getByTestId('exhibit-image').getAttribute('data-image-id');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await fetch(`${server.url}api/blobs/${id}`)).status).toBe(404);

    await context.setOffline(false);
    await waitForSyncState(page, 'online');
    const started = Date.now();
    while ((await fetch(`${server.url}api/blobs/${id}`)).status !== 200) {
      if (Date.now() - started > 15_000) throw new Error('the image picked offline was never uploaded');
      await new Promise((r) => setTimeout(r, 200));
    }
    await context.close();
  });
});
