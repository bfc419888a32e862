import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { readExhibits, updateExhibit } from '@fairdesk/shared';
import type { RunningServer } from '../helpers/server.ts';
import { useServerAndBrowser } from './fixture.ts';
import { row, signedInDevice, waitForSyncState } from './desk-page.ts';

let server: RunningServer;
let browser: Browser;
useServerAndBrowser((s, b) => {
  server = s;
  browser = b;
});

describe('a sub-account without the exhibit-edit permission', () => {
  it('is offered no way to change the catalogue, and a write it forces never reaches anyone', async () => {
    const sales = await signedInDevice(browser, server.url, 'demo-sales-2');
    await waitForSyncState(sales.page, 'online');
    await sales.page.getByTestId('readonly-note').waitFor();
    expect(await sales.page.getByRole('button', { name: '添加展品' }).count()).toBe(0);
    expect(await sales.page.getByRole('button', { name: '编辑' }).count()).toBe(0);

    const main = await signedInDevice(browser, server.url, 'demo-main');
    await waitForSyncState(main.page, 'online');

    // The same account, bypassing the UI with its own token: the server must drop the write.
    const { token } = await server.login('demo-sales-2', 'fairdesk-demo');
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(server.url.replace(/^http/, 'ws') + 'sync', 'co:demo:catalog', doc, {
      params: { token },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
    const target = readExhibits(doc)[0];
    updateExhibit(doc, target.id, { nameZh: '越权修改' });
    await main.page.waitForTimeout(1_500);
    expect(await row(main.page, '越权修改').count()).toBe(0);
    expect(await row(sales.page, '越权修改').count()).toBe(0);
    provider.destroy();

    // A main-account edit still flows to the read-only device.
    await main.page.getByTestId('exhibit-row').first().getByRole('button', { name: '编辑' }).click();
    const form = main.page.getByRole('form', { name: '编辑' });
    await form.locator('[name="nameZh"]').fill('主账号修改');
    await form.getByRole('button', { name: '保存' }).click();
    await row(sales.page, '主账号修改').waitFor({ timeout: 5_000 });

    await sales.context.close();
    await main.context.close();
  });
});
