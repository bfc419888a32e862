import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'fairdesk-demo';

/** A device: its own browser context (own IndexedDB, own service worker), signed in on 概览. */
export async function signedInOverview(browser: Browser, url: string, login: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${login}] page error:`, e));
  await page.goto(url);
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/desk/overview');
  return { context, page };
}

/** A device signed in and on 展品管理, with the catalogue loaded. */
export async function signedInDevice(browser: Browser, url: string, login: string): Promise<{ context: BrowserContext; page: Page }> {
  const device = await signedInOverview(browser, url, login);
  await device.page.getByRole('navigation', { name: 'menu' }).getByRole('link', { name: '展品管理' }).click();
  await device.page.getByTestId('exhibit-row').first().waitFor();
  return device;
}

export function row(page: Page, name: string) {
  return page.getByTestId('exhibit-row').filter({ hasText: name });
}

export async function syncState(page: Page): Promise<string | null> {
  return page.getByTestId('sync-state').getAttribute('data-state');
}

export async function waitForSyncState(page: Page, state: string): Promise<void> {
  await page.locator(`[data-testid="sync-state"][data-state="${state}"]`).waitFor({ timeout: 15_000 });
  expect(await syncState(page)).toBe(state);
}

/** Opens an exhibit's edit form, replaces one text field and saves. */
export async function editField(page: Page, exhibitName: string, field: string, value: string): Promise<void> {
  await row(page, exhibitName).getByRole('button', { name: '编辑' }).click();
  const form = page.getByRole('form', { name: '编辑' });
  await form.locator(`[name="${field}"]`).fill(value);
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });
}
