import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type WebSocketClass from 'ws';
import type { LoginAnswer } from '@fairdesk/shared';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TSX = join(REPO, 'node_modules/.bin/tsx');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * ws 8, as the server uses it. The repository root's `ws` is 6.x (a dependency of the reference
 * server), so tests that want the current client take it from here.
 */
export const WebSocket = createRequire(join(REPO, 'sync-server/package.json'))('ws') as typeof WebSocketClass;

export interface RunningServer {
  /** `http://127.0.0.1:PORT/`, with the trailing slash. */
  url: string;
  port: number;
  dataDir: string;
  login(login: string, password: string): Promise<LoginAnswer>;
  /** SIGTERM, and resolves when the server has closed cleanly (SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** SIGKILL to the server's process group, and resolves when it is gone. */
  kill9(): Promise<void>;
}

/** The WebSocket base URL that y-websocket's `WebsocketProvider` takes as `serverUrl`. */
export function syncUrl(server: Pick<RunningServer, 'url'>): string {
  return server.url.replace(/^http/, 'ws') + 'sync';
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/**
 * Data dirs made here live under one folder per test process. Test runners do not always let a
 * worker emit 'exit', so each process removes the folders of processes that are gone.
 */
const DIRS_PREFIX = 'fairdesk-test-data-';
const ownDirs = join(tmpdir(), `${DIRS_PREFIX}${process.pid}`);
for (const name of readdirSync(tmpdir())) {
  const pid = Number(name.slice(DIRS_PREFIX.length));
  if (!name.startsWith(DIRS_PREFIX) || !Number.isInteger(pid) || pid === process.pid) continue;
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // tsx runs the server in a child process of its own; the group holds both.
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForGroupExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (child.pid && groupAlive(child.pid)) {
    if (Date.now() - started > timeoutMs) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/**
 * Spawns the real server (`tsx sync-server/src/main.ts`) on 127.0.0.1 with a random port and,
 * unless given, a fresh temporary data dir (removed by a later test process once this one is gone).
 */
export async function startServer(opts: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  let dataDir = opts.dataDir;
  if (!dataDir) {
    mkdirSync(ownDirs, { recursive: true });
    dataDir = mkdtempSync(join(ownDirs, 'server-'));
  }
  const child = spawn(TSX, ['sync-server/src/main.ts'], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
    if (process.env.FAIRDESK_SERVER_LOG) process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => live.delete(child));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`the server did not start within ${START_TIMEOUT_MS} ms.\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, START_TIMEOUT_MS);
    const onData = () => {
      const match = /Fairdesk is running at (http:\/\/\S+\/)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it started (code ${child.exitCode}).\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    });
  });

  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    async login(login, password) {
      const res = await fetch(url + 'api/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login, password }),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`login of ${login} failed: ${res.status} ${text}`);
      return JSON.parse(text) as LoginAnswer;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      await waitForGroupExit(child, STOP_TIMEOUT_MS);
    },
    async kill9() {
      killGroup(child, 'SIGKILL');
      await exited;
      if (!(await waitForGroupExit(child, STOP_TIMEOUT_MS))) throw new Error('the server survived SIGKILL');
    },
  };
}
