import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../helpers/server.ts';

let server: RunningServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fairdesk-app-'));
  const app = join(root, 'app');
  mkdirSync(join(app, 'assets'), { recursive: true });
  writeFileSync(join(app, 'index.html'), '<!doctype html><title>Fairdesk</title>');
  writeFileSync(join(app, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(app, 'assets', 'index-AbC123.js'), 'console.log("app");');
  writeFileSync(join(app, 'assets', 'index-AbC123.css'), 'body{}');
  writeFileSync(join(app, 'manifest.webmanifest'), '{}');
  writeFileSync(join(app, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(root, 'secret.txt'), 'outside the app');
  server = await startServer({ env: { APP_DIR: app } });
});
afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET, so that `..` reaches the server as typed (fetch would normalise it away). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the built app', () => {
  it('is served with the right content types and cache headers', async () => {
    const cases: [string, RegExp, RegExp][] = [
      ['/', /^text\/html/, /no-cache/],
      ['/index.html', /^text\/html/, /no-cache/],
      ['/sw.js', /^text\/javascript/, /no-cache/],
      ['/assets/index-AbC123.js', /^text\/javascript/, /max-age=31536000.*immutable/],
      ['/assets/index-AbC123.css', /^text\/css/, /max-age=31536000/],
      ['/manifest.webmanifest', /^application\/manifest\+json/, /no-cache/],
      ['/icon.svg', /^image\/svg\+xml/, /.+/],
    ];
    for (const [path, type, cache] of cases) {
      const res = await fetch(server.url.slice(0, -1) + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
      expect(res.headers.get('cache-control'), path).toMatch(cache);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(await (await fetch(server.url + 'sw.js')).text()).toContain('addEventListener');
  });

  it('answers index.html for client-side routes, but 404 for a missing asset', async () => {
    for (const path of ['desk/exhibits', 'fair/demo?x=1', 'desk/a/b/c']) {
      const res = await fetch(server.url + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Fairdesk</title>');
    }
    expect((await fetch(server.url + 'assets/missing-123.js')).status).toBe(404);
  });

  it('never serves a file outside the app dir', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/%00', '/%E0%A4%A']) {
      const { status, body } = await rawGet(path);
      expect(body, path).not.toContain('outside the app');
      expect([200, 400, 404], path).toContain(status);
    }
  });

  it('refuses other methods on app paths, and plain HTTP on /sync', async () => {
    expect((await fetch(server.url + 'index.html', { method: 'POST' })).status).toBe(405);
    expect((await fetch(server.url + 'sync/co:demo:catalog')).status).toBe(426);
  });
});

describe('without a built app', () => {
  it('answers a page saying to run npm run build, and the API still works', async () => {
    const bare = await startServer({ env: { APP_DIR: join(root, 'does-not-exist') } });
    try {
      const res = await fetch(bare.url);
      expect(await res.text()).toContain('npm run build');
      expect((await bare.login('demo-main', 'fairdesk-demo')).account.role).toBe('main');
    } finally {
      await bare.stop();
    }
  });
});
