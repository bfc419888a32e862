import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readExhibits } from '@fairdesk/shared';
import type { RunningServer } from '../helpers/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { openProvider, providerSynced } from '../server/clients.ts';
import { row, signedInDevice, waitForSyncState } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const SCRIPT_NAME = '<script>window.__pwned=1</script>压路机';

/** Rows 2, 3 and 8 are good; 4–7 are bad, each in one way. */
const FILE = [
  '展品编码,展品名称（中文）,Name (English),展区,最小起订量,展示状态,关键词',
  'CSV-1,电动叉车,Electric forklift,大型机械及设备,2,已上架,叉车',
  `CSV-2,"${SCRIPT_NAME}",Road roller,Large machinery and equipment,1,Unlisted,`,
  'CSV-3,,,大型机械及设备,1,已上架,',
  'CSV-4,空压机,Air compressor,动力、电力设备,十台,已上架,',
  'CSV-5,水泵,Water pump,动力、电力设备,1,待定,',
  `CSV-6,${'长'.repeat(201)},,,1,,`,
  'CSV-7,柴油机,Diesel engine,sec-power,5,已下架,',
].join('\r\n');

/** Opens 导入, hands the file to the input and waits for the bar to finish. */
async function importCsv(page: Page, name: string, buffer: Buffer) {
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('csv-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  const bar = dialog.getByTestId('csv-progress');
  await dialog.locator('[data-testid="csv-progress"][data-phase="done"]').waitFor({ timeout: 30_000 });
  expect(await bar.evaluate((el) => (el as HTMLProgressElement).value === (el as HTMLProgressElement).max)).toBe(true);
  return dialog;
}

async function reportRows(dialog: ReturnType<Page['getByRole']>, kind: 'error' | 'note'): Promise<string[]> {
  return dialog.locator(`[data-testid="csv-report-row"][data-kind="${kind}"]`).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.row ?? ''));
}

describe('catalogue CSV import and export in the browser', () => {
  it('imports the good rows, reports exactly the bad ones, and exports a file that imports back cleanly', async () => {
    // The demo catalogue as the server has it; every exported row comes back by its code.
    const reader = openProvider(server, 'co:demo:catalog', (await server.login('demo-main', 'fairdesk-demo')).token);
    await providerSynced(reader);
    const before = readExhibits(reader.doc).length;
    expect(readExhibits(reader.doc).every((e) => e.code)).toBe(true);

    const { context, page } = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(page, 'online');
    let scriptRan = false;
    page.on('dialog', (d) => {
      scriptRan = true;
      void d.dismiss();
    });

    const dialog = await importCsv(page, '展品.csv', Buffer.from('\uFEFF' + FILE, 'utf8'));
    await expect.poll(() => dialog.getByTestId('csv-summary').textContent()).toContain('导入 3 条，4 条有错误未导入');
    expect(await reportRows(dialog, 'error')).toEqual(['4', '5', '6', '7']);
    const errorText = await dialog.locator('[data-testid="csv-report-row"][data-kind="error"]').allTextContents();
    expect(errorText[0]).toContain('请至少填写中文或英文名称');
    expect(errorText[1]).toContain('最小起订量');
    expect(errorText[1]).toContain('十台');
    expect(errorText[2]).toContain('无法识别的展示状态');
    expect(errorText[3]).toContain('内容过长');
    await dialog.getByRole('button', { name: '关闭' }).click();

    await row(page, '电动叉车').waitFor();
    await row(page, '柴油机').waitFor();
    const scripted = row(page, SCRIPT_NAME);
    await scripted.waitFor();
    expect(await scripted.locator('script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await row(page, '空压机').count()).toBe(0);
    expect(await page.getByTestId('exhibit-row').count()).toBe(before + 3);

    // The imported rows reached the server: another account's device gets them.
    const sales = await signedInDevice(browser, server.url, 'demo-sales-1');
    await row(sales.page, '电动叉车').waitFor({ timeout: 10_000 });
    await sales.context.close();

    // Export: a UTF-8 file with a BOM and Chinese headers, holding every exhibit.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^展品-\d{8}\.csv$/);
    const exported = readFileSync((await download.path())!);
    const text = exported.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')[0]).toContain('展品名称（中文）');
    expect(text).toContain(SCRIPT_NAME);
    expect(text).toContain('履带式液压挖掘机 22 吨');

    // Importing the export back changes nothing and reports nothing wrong: every row matches by code.
    const again = await importCsv(page, download.suggestedFilename(), exported);
    await expect.poll(() => again.getByTestId('csv-summary').textContent()).toContain(`导入 ${before + 3} 条，0 条有错误未导入`);
    expect(await again.getByTestId('csv-summary').textContent()).toContain(`新增 0 条，按展品编码更新 ${before + 3} 条`);
    expect(await reportRows(again, 'error')).toEqual([]);
    await again.getByRole('button', { name: '关闭' }).click();
    expect(await page.getByTestId('exhibit-row').count()).toBe(before + 3);
    await waitForSyncState(page, 'online');
    expect(readExhibits(reader.doc)).toHaveLength(before + 3);

    reader.destroy();
    expect(scriptRan).toBe(false);
    await context.close();
  });
});
