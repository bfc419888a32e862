import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { docAccess, parseDocName } from '@fairdesk/shared';
import { AccountStore, principalOf } from './account-store.ts';
import { createAgent, type Agent } from './agent.ts';
import { BlobStore } from './agent/blob-store.ts';
import { FairApi } from './agent/fair-api.ts';
import { FairDirectory } from './agent/fair-directory.ts';
import { AgentRuntime } from './agent/runtime.ts';
import { IntentServices } from './agent/intent-services.ts';
import { AccountsApi } from './accounts/accounts-api.ts';
import { Api } from './api.ts';
import { DEFAULT_OPTIONS, type ServerOptions } from './config.ts';
import { ConnectionWatch } from './connection-watch.ts';
import { openDatabase, tokenSecret } from './database.ts';
import { createDemoIfEmpty, type DemoLogin } from './demo.ts';
import { DocHub } from './doc-hub.ts';
import { log } from './log.ts';
import { Sessions } from './sessions.ts';
import { SqliteDocStorage } from './sqlite-doc-storage.ts';
import { serveApp } from './static-files.ts';
import { CLOSE, SyncConnection } from './sync-connection.ts';
import { TokenSigner } from './tokens.ts';

export interface FairdeskServer {
  url: string;
  port: number;
  /** The demo logins when this start created the demo, else null. */
  demo: DemoLogin[] | null;
  agent: Agent;
  accounts: AccountStore;
  close(): Promise<void>;
}

/** Starts the whole server (HTTP, API, sync) and resolves once it listens. */
export async function startFairdeskServer(given: Partial<ServerOptions> = {}): Promise<FairdeskServer> {
  const options: ServerOptions = { ...DEFAULT_OPTIONS, ...given };
  const db = openDatabase(options.dataDir);
  const accounts = new AccountStore(db);
  const sessions = new Sessions(accounts, new TokenSigner(tokenSecret(db), options.tokenTtlSeconds));
  const storage = new SqliteDocStorage(db);
  const connections = new Set<SyncConnection>();
  const hub = new DocHub(storage, options, (room) => {
    for (const c of connections) if (c.docName === room.name) c.close(CLOSE.internalError, 'storage failed; reconnect');
    hub.drop(room);
  });
  const agent = createAgent(hub);
  const directory = new FairDirectory(db);
  const intentServices = new IntentServices(db, accounts, options);
  const demo = options.demo ? await createDemoIfEmpty(accounts, agent, directory, intentServices) : null;
  const runtime = new AgentRuntime(hub, directory, accounts, intentServices);
  await runtime.start();
  const api = new Api(sessions);
  const fairApi = new FairApi(sessions, new BlobStore(db), directory);
  const accountsApi = new AccountsApi(sessions, accounts, agent, (id) => directory.company(id)?.sections.map((x) => x.id) ?? []);
  const limits = {
    messagesBurst: options.messagesBurst,
    messagesPerSecond: options.messagesPerSecond,
    maxBufferedBytes: 64 * 1024 * 1024 + options.maxMessageBytes,
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (fairApi.owns(path)) return await fairApi.handle(req, res, path);
      if (accountsApi.owns(path)) return await accountsApi.handle(req, res, path);
      if (path === '/api' || path.startsWith('/api/')) return await api.handle(req, res, path);
      if (path === '/sync' || path.startsWith('/sync/')) {
        res.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8', Upgrade: 'websocket' });
        res.end('This endpoint speaks WebSocket: /sync/{docName}?token=…\n');
        return;
      }
      await serveApp(req, res, path, options.appDir);
    } catch (error) {
      log.error(`request ${req.method} ${path} failed`, error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' });
        res.end(JSON.stringify({ error: 'server.error', message: '服务器内部错误 / Internal server error' }));
      } else res.destroy();
    }
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const [path, query = ''] = (req.url ?? '').split('?');
    if (!path.startsWith('/sync/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    let name = '';
    try {
      name = decodeURIComponent(path.slice('/sync/'.length));
    } catch {
      // stays '' and is refused below as an unknown doc
    }
    const verified = sessions.verify(new URLSearchParams(query).get('token'));
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      // Refusals are close codes, not HTTP errors: y-websocket's client only sees close codes.
      if (!verified.ok) return ws.close(CLOSE.unauthenticated, `unauthenticated: token ${verified.problem}`);
      const ref = parseDocName(name);
      if (!ref) return ws.close(CLOSE.forbidden, 'forbidden: not a doc name');
      const access = docAccess(principalOf(verified.account), ref);
      if (access === 'none') return ws.close(CLOSE.forbidden, `forbidden: no access to ${name}`);
      new SyncConnection(ws, name, ref, access, verified.claims, hub, limits, connections).start();
    });
  };

  const http = createServer((req, res) => void onRequest(req, res));
  http.on('upgrade', onUpgrade);
  http.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  const watch = new ConnectionWatch(connections, sessions, accounts);
  watch.start();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      watch.stop();
      await runtime.stop();
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      for (const c of [...connections]) c.close(CLOSE.goingAway, 'server is shutting down');
      http.closeAllConnections();
      await hub.closeAll();
      await stopped;
      wss.close();
      storage.close();
      db.close();
    })());

  return { url: `http://${host}:${port}/`, port, demo, agent, accounts, close };
}
