import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addExhibit, blankExhibit, docName, updateExhibit, readExhibits, type DocRef } from '@fairdesk/shared';
import { getYDoc, setupWSConnection } from '@y/websocket-server/utils';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { listedCount } from './summary-compute.ts';
import { DocSet, CLOSE_UNAUTHENTICATED, type DocSetOptions } from './docs.ts';
import { wipeLocalCopies } from './local-copy.ts';
import { combineSyncState } from './sync-state.ts';

/**
 * A real y-websocket server (the reference one, without auth) behind a token check that closes
 * the socket with 4401 like ours does, so the DocSet is tested against real sockets.
 */
async function startTestServer(): Promise<{ url: string; attempts: () => number; close: () => Promise<void> }> {
  const wss = new WebSocketServer({ noServer: true });
  let attempts = 0;
  const http: Server = createServer((_req, res) => res.writeHead(404).end());
  http.on('upgrade', (req, socket, head) => {
    attempts++;
    const url = new URL(req.url ?? '/', 'http://x');
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (url.searchParams.get('token') !== 'good') return ws.close(CLOSE_UNAUTHENTICATED, 'token');
      setupWSConnection(ws, req, { docName: decodeURIComponent(url.pathname.replace(/^\/sync\//, '')) });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/sync`,
    attempts: () => attempts,
    close: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        http.close(() => resolve());
      }),
  };
}

const WebSocketPolyfill = WebSocket as unknown as typeof globalThis.WebSocket;
let companySeq = 0;
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function refsOfNewCompany(): { companyId: string; refs: DocRef[] } {
  const companyId = `co${++companySeq}x${Date.now()}`;
  return { companyId, refs: [{ scope: 'profile', companyId }, { scope: 'catalog', companyId }] };
}

function open(opts: Omit<DocSetOptions, 'onChange' | 'onUnauthenticated'> & Partial<DocSetOptions>): DocSet {
  const docs = new DocSet({ onChange: () => {}, onUnauthenticated: () => {}, WebSocketPolyfill, ...opts });
  cleanups.push(() => docs.destroy());
  return docs;
}

function until(check: () => boolean, onChange: (listener: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    onChange(() => check() && resolve());
  });
}

describe('DocSet', () => {
  it('syncs the account’s docs and follows the server’s changes', async () => {
    const server = await startTestServer();
    cleanups.push(server.close);
    const { companyId, refs } = refsOfNewCompany();
    const onServer = getYDoc(docName({ scope: 'catalog', companyId }));
    addExhibit(onServer, { ...blankExhibit(), nameZh: '挖掘机', status: 'listed' });
    const hidden = addExhibit(onServer, { ...blankExhibit(), nameZh: '起重机', status: 'unlisted' });

    const listeners: (() => void)[] = [];
    const docs = open({ url: server.url, token: 'good', refs, onChange: () => listeners.forEach((l) => l()) });
    const listed = (): number => {
      const catalog = docs.readyDoc('catalog');
      return catalog ? listedCount(catalog) : -1;
    };
    await until(() => combineSyncState(docs.states()) === 'online' && listed() === 1, (l) => listeners.push(l));

    if (hidden.ok) updateExhibit(onServer, hidden.value.id, { status: 'listed' });
    await until(() => listed() === 2, (l) => listeners.push(l));
    expect(docs.readyDoc('ledger')).toBeNull();
  });

  it('stops for good on 4401: reports it once per doc and never reconnects', async () => {
    const server = await startTestServer();
    cleanups.push(server.close);
    const { refs } = refsOfNewCompany();
    let refusals = 0;
    const listeners: (() => void)[] = [];
    const docs = open({
      url: server.url,
      token: 'expired',
      refs,
      persist: false,
      onUnauthenticated: () => refusals++,
      onChange: () => listeners.forEach((l) => l()),
    });
    await until(() => docs.states().every((s) => s.closed), (l) => listeners.push(l));
    expect(refusals).toBe(refs.length);
    expect(combineSyncState(docs.states())).toBe('offline');

    // y-websocket would retry after 200 ms if it treated the close as transient; give it ten times that.
    docs.reconnect();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(server.attempts()).toBe(refs.length);
  });

  it('keeps a local copy that opens without the server, and wipes it on request', async () => {
    const server = await startTestServer();
    const { companyId, refs } = refsOfNewCompany();
    addExhibit(getYDoc(docName({ scope: 'catalog', companyId })), { ...blankExhibit(), nameEn: 'Crane', status: 'listed' });
    const listeners: (() => void)[] = [];
    const first = open({ url: server.url, token: 'good', refs, onChange: () => listeners.forEach((l) => l()) });
    await until(() => combineSyncState(first.states()) === 'online', (l) => listeners.push(l));
    await first.loaded();
    first.destroy();
    await server.close();

    const offline = open({ url: server.url, token: 'good', refs });
    await offline.loaded();
    const catalog = offline.readyDoc('catalog');
    expect(catalog && readExhibits(catalog).map((e) => e.nameEn)).toEqual(['Crane']);
    offline.destroy();

    const wiped = await wipeLocalCopies();
    expect(wiped).toEqual(expect.arrayContaining(refs.map(docName)));
    const after = open({ url: server.url, token: 'good', refs });
    await after.loaded();
    const empty = after.readyDoc('catalog');
    expect(empty && readExhibits(empty)).toEqual([]);
  });
});
