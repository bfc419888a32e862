import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addExhibit, addRequest, docName, readExhibits, readOutcome, type Exhibit, type ExhibitInput, type Outcome } from '@fairdesk/shared';
import type { RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from '../server/clients.ts';
import { DEMO_PASSWORD } from './desk-page.ts';

export const DEMO_COMPANY_ZH = '广州示例机械有限公司';

/** The buyer's device: signs in as demo-buyer and lands on the fair pages. */
export async function buyerDevice(browser: Browser, url: string, login = 'demo-buyer'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[${login}] page error:`, e));
  await page.goto(url);
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => u.pathname === '/fair');
  return { context, page };
}

/**
 * demo-main from Node, as a second device would be: the company's catalogue and the main
 * account's desk, where its recommend requests go.
 */
export class MainAccount {
  private constructor(
    readonly catalog: ProviderClient,
    readonly desk: ProviderClient,
  ) {}

  static async open(server: RunningServer): Promise<MainAccount> {
    const { token } = await server.login('demo-main', DEMO_PASSWORD);
    const catalog = openProvider(server, docName({ scope: 'catalog', companyId: 'demo' }), token);
    const desk = openProvider(server, docName({ scope: 'desk', companyId: 'demo', accountId: 'demo-main' }), token);
    await providerSynced(catalog, 'the demo catalogue');
    await providerSynced(desk, 'the demo-main desk');
    return new MainAccount(catalog, desk);
  }

  exhibit(code: string): Exhibit {
    const found = readExhibits(this.catalog.doc).find((e) => e.code === code);
    if (!found) throw new Error(`no exhibit ${code} in the demo catalogue`);
    return found;
  }

  add(input: Partial<ExhibitInput>): Exhibit {
    const added = addExhibit(this.catalog.doc, input);
    if (!added.ok) throw new Error(`exhibit refused: ${JSON.stringify(added.errors)}`);
    return added.value;
  }

  /** Writes a recommend request (R1.6) and waits for the agent's outcome. */
  async recommend(exhibitId: string): Promise<Outcome> {
    const requestId = addRequest(this.desk.doc, 'recommend', 'demo-main', { exhibitId });
    await until(() => readOutcome(this.desk.doc, requestId) !== undefined, `the outcome of recommending ${exhibitId}`, 20_000);
    return readOutcome(this.desk.doc, requestId)!;
  }

  destroy(): void {
    this.catalog.destroy();
    this.desk.destroy();
  }
}
