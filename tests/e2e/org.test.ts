import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../helpers/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { signedInDevice } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

const LOGIN = 'sales-zhao';
const PASSWORD = 'zhao-secret-1';

async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel('账号', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The catalogue (展品管理), whichever page the desk opened on. */
async function openCatalogue(page: Page): Promise<void> {
  await page.getByRole('link', { name: '展品管理' }).click();
  await page.getByTestId('exhibit-row').first().waitFor();
}

/** The names of the IndexedDB databases this device still holds. */
const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));

describe('子账号管理: the main account manages a salesperson end to end', () => {
  it('creates, signs in, disables (device signed out and wiped), and enables again', async () => {
    const main = await signedInDevice(browser, server.url, 'demo-main');
    await main.page.getByRole('link', { name: '子账号管理' }).click();
    await main.page.getByTestId('sub-account-row').first().waitFor();
    await main.page.getByRole('button', { name: '新增子账号' }).click();
    const form = main.page.getByRole('form', { name: '新增子账号' });

    // A taken login: the server's refusal in Chinese, and nothing typed is lost.
    await form.getByLabel('登录账号').fill('demo-sales-1');
    await form.getByLabel('姓名').fill('赵业务');
    await form.getByLabel('密码').fill(PASSWORD);
    await form.getByLabel('动力、电力设备').check();
    for (const p of ['展品配对列表', '推荐展品', '编辑展品']) await form.getByLabel(p).check();
    await form.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => form.getByTestId('org-error').textContent()).toBe('该登录账号已被使用，请换一个');
    expect(await form.getByLabel('姓名').inputValue()).toBe('赵业务');
    expect(await form.getByLabel('密码').inputValue()).toBe(PASSWORD);
    expect(await form.getByLabel('编辑展品').isChecked()).toBe(true);

    await form.getByLabel('登录账号').fill(LOGIN);
    await form.getByRole('button', { name: '创建' }).click();
    const row = main.page.locator(`[data-testid="sub-account-row"][data-login="${LOGIN}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('动力、电力设备');
    expect(await row.getByTestId('sub-account-status').textContent()).toBe('启用中');

    // The new account on its own device sees the catalogue and the matching list it was given.
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const sales = await context.newPage();
    await sales.goto(server.url);
    await signIn(sales, LOGIN, PASSWORD);
    await openCatalogue(sales);
    expect(await sales.getByRole('link', { name: '展品配对列表' }).count()).toBe(1);
    expect(await sales.getByRole('link', { name: '子账号管理' }).count()).toBe(0);
    await expect.poll(async () => (await databases(sales)).filter((n) => n.startsWith('co:demo:')).length).toBeGreaterThan(2);

    // 权限管理: take editExhibits away and add a section; the server holds the new rights.
    await row.getByRole('button', { name: '编辑权限' }).click();
    const editor = main.page.getByTestId('account-editor');
    await editor.getByLabel('编辑展品').uncheck();
    await editor.getByLabel('大型机械及设备').check();
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.getByText('已保存').waitFor();
    const { token } = await server.login('demo-main', 'fairdesk-demo');
    const listed = (await (await fetch(`${server.url}api/accounts`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      accounts: { login: string; permissions: string[]; sectionIds: string[] }[];
    };
    expect(listed.accounts.find((a) => a.login === LOGIN)).toMatchObject({
      permissions: ['matchingList', 'recommend'],
      sectionIds: ['sec-machinery', 'sec-power'],
    });
    await main.page.getByRole('link', { name: '子账号管理' }).click();

    // Disabled: the device is signed out within seconds, told why, and its local data is gone.
    await sales.evaluate(async () => void (await caches.open('fairdesk-images')));
    await row.getByRole('button', { name: '停用' }).click();
    await expect.poll(() => row.getByTestId('sub-account-status').textContent()).toBe('已停用');
    await sales.getByTestId('signed-out-notice').waitFor({ timeout: 10_000 });
    expect(await sales.getByTestId('signed-out-notice').textContent()).toContain('您的账号已被停用');
    expect(await sales.getByRole('button', { name: '登录' }).count()).toBe(1);
    await expect.poll(async () => (await databases(sales)).filter((n) => n.startsWith('co:') || n.startsWith('fairdesk-desk-'))).toEqual([]);
    expect(await sales.evaluate(() => caches.has('fairdesk-images'))).toBe(false);

    // Signing in while disabled is refused; enabled again, the same device signs in.
    await signIn(sales, LOGIN, PASSWORD);
    await sales.getByText('该账号已停用').waitFor();
    await row.getByRole('button', { name: '启用' }).click();
    await expect.poll(() => row.getByTestId('sub-account-status').textContent()).toBe('启用中');
    await signIn(sales, LOGIN, PASSWORD);
    await openCatalogue(sales);

    await context.close();
    await main.context.close();
  });
});
