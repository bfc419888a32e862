import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readCompanyFromDoc, readExhibits, translate, updateExhibit } from '@fairdesk/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { launchWithExtension } from '../helpers/browser.ts';
import { startServer, syncUrl, WebSocket, type RunningServer } from '../helpers/server.ts';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = join(REPO, 'dist/extension');
const LOGIN = 'demo-main';
const PASSWORD = 'fairdesk-demo';
const WAIT = { timeout: 20_000 };

let server: RunningServer;
let ext: Awaited<ReturnType<typeof launchWithExtension>>;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    execFileSync('npm', ['run', 'build', '-w', 'extension'], { cwd: REPO, stdio: 'inherit' });
  }
  expect(existsSync(join(DIST, 'manifest.json')), `no built extension in ${DIST}`).toBe(true);
  server = await startServer();
  ext = await launchWithExtension(DIST);
});

afterAll(async () => {
  await ext?.close();
  await server?.stop();
});

function pageUrl(page: 'options' | 'popup'): string {
  return `chrome-extension://${ext.extensionId}/src/${page}/index.html`;
}

async function openPage(context: BrowserContext, page: 'options' | 'popup'): Promise<Page> {
  const p = await context.newPage();
  p.on('pageerror', (e) => console.error(`[${page}] page error:`, e));
  await p.goto(pageUrl(page));
  return p;
}

async function signIn(options: Page, password: string): Promise<void> {
  await options.getByTestId('locale-en').click();
  await options.locator('input[name="server"]').fill(server.url);
  await options.locator('input[name="login"]').fill(LOGIN);
  await options.locator('input[name="password"]').fill(password);
  await options.getByTestId('sign-in').click();
}

/** Every file the popup page loads (scripts, their static imports, styles), with its gzip size. */
function popupFiles(): Map<string, number> {
  const sizes = new Map<string, number>();
  const visit = (file: string): void => {
    if (sizes.has(file)) return;
    const body = readFileSync(file);
    sizes.set(file, gzipSync(body).length);
    if (!file.endsWith('.js')) return;
    for (const [, rel] of body.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) visit(join(file, '..', rel));
  };
  const html = readFileSync(join(DIST, 'src/popup/index.html'), 'utf8');
  for (const [, href] of html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) visit(join(DIST, href));
  return sizes;
}

/** Signs in through the options page unless a session is already there. */
async function ensureSignedIn(): Promise<void> {
  const options = await openPage(ext.context, 'options');
  await options.locator('[data-testid="sign-out"], [data-testid="sign-in"]').first().waitFor(WAIT);
  if ((await options.getByTestId('sign-in').count()) > 0) {
    await signIn(options, PASSWORD);
    await options.getByTestId('signed-in-as').waitFor(WAIT);
  }
  await options.close();
}

const text = async (page: Page, testId: string): Promise<string> => ((await page.getByTestId(testId).textContent()) ?? '').trim();

/** The catalogue as another device of demo-main sees it: a Node y-websocket client. */
async function catalogueDevice(): Promise<{ doc: Y.Doc; close: () => void }> {
  const { token, account } = await server.login(LOGIN, PASSWORD);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl(server), `co:${account.companyId}:catalog`, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await new Promise<void>((done) => provider.on('sync', (synced: boolean) => synced && done()));
  return { doc, close: () => (provider.destroy(), doc.destroy()) };
}

async function profileCompanyName(): Promise<string> {
  const { token, account } = await server.login(LOGIN, PASSWORD);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl(server), `co:${account.companyId}:profile`, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  await new Promise<void>((done) => provider.on('sync', (synced: boolean) => synced && done()));
  const company = readCompanyFromDoc(doc);
  provider.destroy();
  return company?.nameEn || company?.nameZh || '';
}

/**
 * MV3 stops idle workers; CDP closes ours the same way. A worker still starting ignores a close
 * (and closes sent back to back keep it from stopping), so close, watch for a second, repeat.
 */
async function stopServiceWorker(): Promise<void> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  const ours = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId));
  for (let attempt = 0; attempt < 20 && (await ours()).length > 0; attempt++) {
    for (const t of await ours()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    await expect.poll(async () => (await ours()).length, { timeout: 1_000 }).toBe(0).catch(() => undefined);
  }
  expect(await ours()).toEqual([]);
  await cdp.detach();
}

describe('the built extension', () => {
  it('has a popup that loads at most 50 KB gzipped and never yjs', () => {
    const files = popupFiles();
    const total = [...files.values()].reduce((a, b) => a + b, 0);
    expect(files.size).toBeGreaterThan(1);
    expect(total, [...files].map(([f, n]) => `${f}: ${n}`).join('\n')).toBeLessThanOrEqual(50 * 1024);
    for (const file of files.keys()) expect(readFileSync(file, 'utf8'), file).not.toContain('__ $YJS$ __');
  });
});

describe('the Fairdesk extension against the real server', () => {
  it('shows a wrong password as an error on the options page, in the chosen language, keeping what was typed', async () => {
    const options = await openPage(ext.context, 'options');
    await signIn(options, 'not-the-password');
    await options.getByTestId('login-error').waitFor(WAIT);
    expect(await text(options, 'login-error')).toBe(translate('en', 'login.failed'));
    expect(await options.locator('input[name="server"]').inputValue()).toBe(server.url);
    expect(await options.locator('input[name="login"]').inputValue()).toBe(LOGIN);
    expect(await options.locator('input[name="password"]').inputValue()).toBe('not-the-password');

    await options.getByTestId('locale-zh-CN').click();
    await expect.poll(() => text(options, 'login-error'), WAIT).toBe(translate('zh-CN', 'login.failed'));
    expect(await options.evaluate(() => chrome.storage.local.get('session'))).toEqual({});
    await options.close();
  });

  it('signed in, the popup shows the account and the listed count, and follows a catalogue change without reload', async () => {
    const options = await openPage(ext.context, 'options');
    await signIn(options, PASSWORD);
    const { account } = await server.login(LOGIN, PASSWORD);
    await options.getByTestId('signed-in-as').waitFor(WAIT);
    expect(await text(options, 'signed-in-as')).toBe(`Signed in as ${account.name}`);

    const popup = await openPage(ext.context, 'popup');
    expect(await text(popup, 'account-name')).toBe(account.name);
    expect(await text(popup, 'account-role')).toBe(translate('en', 'role.main'));
    await expect.poll(() => text(popup, 'listed-count'), WAIT).toBe('4');
    await expect.poll(() => popup.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('online');
    expect(await text(popup, 'sync-state')).toBe(translate('en', 'sync.online'));
    expect(await text(popup, 'company-name')).toBe(await profileCompanyName());
    await popup.screenshot({ path: '/tmp/fairdesk-extension-popup.png' });
    await options.screenshot({ path: '/tmp/fairdesk-extension-options.png' });

    const device = await catalogueDevice();
    const unlisted = readExhibits(device.doc).filter((e) => e.status === 'unlisted');
    expect(unlisted).toHaveLength(1);
    expect(updateExhibit(device.doc, unlisted[0].id, { status: 'listed' }).ok).toBe(true);
    await expect.poll(() => text(popup, 'listed-count'), WAIT).toBe('5');
    device.close();
    await options.close();
    await popup.close();
  });

  it('after MV3 stops the worker, opening the popup wakes it and it syncs the docs again', async () => {
    await ensureSignedIn();
    await stopServiceWorker();
    const device = await catalogueDevice();
    const listed = readExhibits(device.doc).filter((e) => e.status === 'listed');
    expect(updateExhibit(device.doc, listed[0].id, { status: 'unlisted' }).ok).toBe(true);
    const expected = String(listed.length - 1);

    const popup = await openPage(ext.context, 'popup');
    await expect.poll(() => text(popup, 'listed-count'), WAIT).toBe(expected);
    await expect.poll(() => popup.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('online');
    device.close();
    await popup.close();
  });

  it('while the server is down the popup says offline and the count comes from the local copy; online again when it returns', async () => {
    await ensureSignedIn();
    const popup = await openPage(ext.context, 'popup');
    await expect.poll(() => popup.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('online');
    const count = await text(popup, 'listed-count');

    const { dataDir, port } = server;
    await server.stop();
    await expect.poll(() => popup.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('offline');
    expect(await text(popup, 'sync-state')).toBe(translate('en', 'sync.offline'));
    expect(await text(popup, 'listed-count')).toBe(count);

    // A worker started with no server reads the count from its IndexedDB copy (the old summary is gone).
    await stopServiceWorker();
    await popup.evaluate(() => chrome.storage.local.remove('summary'));
    const fresh = await openPage(ext.context, 'popup');
    await expect.poll(() => text(fresh, 'listed-count'), WAIT).toBe(count);
    await expect.poll(() => fresh.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('offline');
    await fresh.close();

    server = await startServer({ dataDir, env: { PORT: String(port) } });
    await expect.poll(() => popup.getByTestId('sync-state').getAttribute('data-state'), WAIT).toBe('online');
    expect(await text(popup, 'listed-count')).toBe(count);
    await popup.close();
  });

  it('when the server refuses the token (4401) it signs out, asks to sign in again, and signing in works', async () => {
    await ensureSignedIn();
    const options = await openPage(ext.context, 'options');
    const popup = await openPage(ext.context, 'popup');
    await popup.getByTestId('listed-count').waitFor(WAIT);
    await options.evaluate(async () => {
      const { session } = await chrome.storage.local.get('session');
      await chrome.storage.local.set({ session: { ...(session as object), token: 'forged.token' } });
    });
    await options.getByTestId('session-expired').waitFor(WAIT);
    await popup.getByTestId('signed-out').waitFor(WAIT);
    expect(await text(popup, 'signed-out')).toContain(translate('en', 'login.submit'));
    expect(await options.evaluate(() => chrome.storage.local.get(['session', 'summary']))).toEqual({});

    await options.locator('input[name="password"]').fill(PASSWORD);
    await options.getByTestId('sign-in').click();
    await popup.getByTestId('listed-count').waitFor(WAIT);
    await options.close();
    await popup.close();
  });

  it('signing out clears the session, the summary and the local copy', async () => {
    await ensureSignedIn();
    const options = await openPage(ext.context, 'options');
    await options.getByTestId('sign-out').click();
    await options.locator('input[name="password"]').waitFor(WAIT);
    expect(await options.locator('input[name="login"]').inputValue()).toBe(LOGIN);
    expect(await options.evaluate(() => chrome.storage.local.get(['session', 'summary']))).toEqual({});
    const docNames = () => options.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    await expect.poll(docNames, WAIT).toEqual([]);
    await options.close();
  });
});
