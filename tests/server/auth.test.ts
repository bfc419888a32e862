import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, until } from './clients.ts';

const PASSWORD = 'fairdesk-demo';
let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function post(path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return fetch(server.url + path, { method: 'POST', headers, body });
}

async function me(token: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(server.url + 'api/me', { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Changes an account the way an admin tool would: in the database, behind the server's back. */
function changeAccount(sql: string, id: string): void {
  const db = new Database(join(server.dataDir, 'fairdesk.sqlite'));
  db.pragma('busy_timeout = 5000');
  db.prepare(sql).run(id);
  db.close();
}

describe('POST /api/login', () => {
  it('answers a token and the account for the right password', async () => {
    const answer = await server.login('demo-sales-2', PASSWORD);
    expect(answer.token).toMatch(/^v1\./);
    expect(answer.account).toMatchObject({ id: 'demo-sales-2', companyId: 'demo', role: 'sub', name: '张业务' });
    expect(answer.account.permissions).toContain('recommend');
    expect(answer.account.permissions).not.toContain('editExhibits');
  });

  it('refuses a wrong password and an unknown login alike', async () => {
    for (const body of [{ login: 'demo-main', password: 'wrong' }, { login: 'nobody', password: PASSWORD }]) {
      const res = await post('api/login', JSON.stringify(body));
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'login.failed', message: '账号或密码错误 / Wrong login or password' });
    }
  });

  it('answers 400 with a clear error for bad JSON, missing fields and a body over 16 KB', async () => {
    const cases: [string | Uint8Array<ArrayBuffer>, string][] = [
      ['{"login":', 'request.badJson'],
      ['', 'request.badJson'],
      ['[1,2]', 'request.invalid'],
      ['"text"', 'request.invalid'],
      ['null', 'request.invalid'],
      ['{"login":"demo-main"}', 'request.invalid'],
      ['{"login":42,"password":"x"}', 'request.invalid'],
      [JSON.stringify({ login: 'demo-main', password: 'x'.repeat(20_000) }), 'request.tooLarge'],
      [new Uint8Array([0xff, 0xfe, 0x00, 0x7b]), 'request.badJson'],
    ];
    for (const [body, error] of cases) {
      const res = await post('api/login', body);
      expect(res.status, String(body).slice(0, 30)).toBe(400);
      const answer = (await res.json()) as { error: string; message: string };
      expect(answer.error).toBe(error);
      expect(answer.message.length).toBeGreaterThan(5);
    }
    // and the server is still there
    expect((await server.login('demo-main', PASSWORD)).account.id).toBe('demo-main');
  });

  it('sends CORS headers and answers the preflight', async () => {
    const preflight = await fetch(server.url + 'api/login', {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i);
    const failed = await post('api/login', '{}');
    expect(failed.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 405 for the wrong method and 404 for an unknown API', async () => {
    expect((await fetch(server.url + 'api/login')).status).toBe(405);
    const res = await fetch(server.url + 'api/nothing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('api.notFound');
  });
});

describe('GET /api/me', () => {
  it('answers the account for a good token and 401 for a missing, forged or garbled one', async () => {
    const { token, account } = await server.login('demo-buyer', PASSWORD);
    expect(await me(token)).toEqual({ status: 200, body: account });
    const [head, claims, signature] = token.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ a: 'demo-main', v: 0, e: 9_999_999_999 })).toString('base64url');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    for (const bad of [`${head}.${forgedClaims}.${signature}`, `${head}.${claims}.${flipped}`, 'garbage', 'x'.repeat(5000)]) {
      const answer = await me(bad);
      expect(answer.status).toBe(401);
      expect(answer.body.error).toBe('auth.invalid');
    }
    const none = await fetch(server.url + 'api/me');
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: string }).error).toBe('auth.missing');
  });

  it('refuses revoked tokens, and closes the revoked account\'s sockets', async () => {
    const { token } = await server.login('demo-sales-1', PASSWORD);
    const socket = await RawClient.synced(server, 'co:demo:catalog', token);
    expect(socket.isOpen).toBe(true);
    changeAccount('UPDATE accounts SET token_version = token_version + 1 WHERE id = ?', 'demo-sales-1');
    expect((await me(token)).body.error).toBe('auth.revoked');
    expect((await socket.closed).code).toBe(4401);
    // A new login gets a token of the new version.
    const again = await server.login('demo-sales-1', PASSWORD);
    expect((await me(again.token)).status).toBe(200);
  });

  it('refuses a disabled account at login, at /api/me and on its open sockets', async () => {
    const { token } = await server.login('demo-sales-2', PASSWORD);
    const socket = await RawClient.synced(server, 'co:demo:profile', token);
    changeAccount('UPDATE accounts SET disabled = 1 WHERE id = ?', 'demo-sales-2');
    expect((await socket.closed).code).toBe(4401);
    expect((await me(token)).body.error).toBe('auth.disabled');
    const res = await post('api/login', JSON.stringify({ login: 'demo-sales-2', password: PASSWORD }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('login.disabled');
    const refused = await RawClient.connect(server, 'co:demo:profile', token);
    expect((await refused.closed).code).toBe(4401);
    changeAccount('UPDATE accounts SET disabled = 0 WHERE id = ?', 'demo-sales-2');
  });

  it('applies a changed permission to a live socket: losing editExhibits makes the catalogue read-only', async () => {
    const { token } = await server.login('demo-sales-1', PASSWORD);
    const socket = await RawClient.synced(server, 'co:demo:catalog', token);
    changeAccount(
      `UPDATE accounts SET permissions = (SELECT json_group_array(value) FROM json_each(permissions) WHERE value != 'editExhibits') WHERE id = ?`,
      'demo-sales-1',
    );
    await until(() => {
      socket.change((d) => d.getMap('probe').set(`after-${Math.random()}`, true));
      return socket.denied.length > 0;
    }, 'a refusal after the permission was taken away');
    expect(socket.isOpen).toBe(true);
    socket.close();
  });
});

describe('token expiry', () => {
  it('refuses an expired token at /api/me and closes its socket', async () => {
    const short = await startServer({ env: { TOKEN_TTL_SECONDS: '1' } });
    try {
      const { token } = await short.login('demo-main', PASSWORD);
      const socket = await RawClient.synced(short, 'co:demo:profile', token);
      expect((await socket.closed).code).toBe(4401);
      expect(socket.closedWith?.reason).toMatch(/expired/);
      const res = await fetch(short.url + 'api/me', { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: string }).error).toBe('auth.expired');
    } finally {
      await short.stop();
    }
  });

  it('refuses to start with a bad setting, naming it', async () => {
    await expect(startServer({ env: { TOKEN_TTL_SECONDS: 'soon' } })).rejects.toThrow(/TOKEN_TTL_SECONDS="soon" is not valid/);
  });
});
