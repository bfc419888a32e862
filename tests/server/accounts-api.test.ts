import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, readAccounts, type Account } from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, openProvider, providerSynced, until } from './clients.ts';

const PASSWORD = 'fairdesk-demo';
let server: RunningServer;
let mainToken: string;

beforeAll(async () => {
  server = await startServer();
  mainToken = (await server.login('demo-main', PASSWORD)).token;
});
afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

async function call(method: string, path: string, token: string | null, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(server.url + path.replace(/^\//, ''), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

let counter = 0;
function newSub(extra: Record<string, unknown> = {}) {
  counter++;
  return { login: `sales-${counter}`, name: `业务员${counter}`, password: 'secret-123', permissions: ['recommend'], sectionIds: ['sec-power'], ...extra };
}

describe('GET/POST /api/accounts', () => {
  it('lists the company accounts without secrets', async () => {
    const { status, body } = await call('GET', 'api/accounts', mainToken);
    expect(status).toBe(200);
    const accounts = body.accounts as Account[];
    expect(accounts.map((a) => a.login)).toEqual(expect.arrayContaining(['demo-main', 'demo-sales-1', 'demo-sales-2']));
    expect(accounts.map((a) => a.login)).not.toContain('demo-buyer');
    expect(JSON.stringify(body)).not.toMatch(/hash|scrypt|tokenVersion/i);
  });

  it('creates a sub-account that can sign in with its own rights, and mirrors it into the profile doc', async () => {
    const profile = openProvider(server, 'co:demo:profile', mainToken);
    await providerSynced(profile);
    const input = newSub({ permissions: ['editExhibits', 'matchingList'], sectionIds: ['sec-machinery'] });
    const { status, body } = await call('POST', 'api/accounts', mainToken, input);
    expect(status).toBe(201);
    expect(body).toMatchObject({ login: input.login, name: input.name, role: 'sub', companyId: 'demo', disabled: false, sectionIds: ['sec-machinery'] });
    expect(body.permissions).toEqual(['matchingList', 'editExhibits']);
    await until(() => readAccounts(profile.doc).some((a) => a.id === body.id), 'the new account in the profile doc');
    expect(readAccounts(profile.doc).find((a) => a.id === body.id)).toEqual(body);
    profile.destroy();

    const signedIn = await server.login(input.login, input.password);
    expect(signedIn.account).toMatchObject({ role: 'sub', companyId: 'demo', permissions: ['matchingList', 'editExhibits'] });
  });

  it('refuses a login already taken anywhere on the server with 409', async () => {
    for (const login of ['demo-buyer', 'demo-sales-1']) {
      const { status, body } = await call('POST', 'api/accounts', mainToken, newSub({ login }));
      expect(status).toBe(409);
      expect(body.error).toBe('org.error.loginTaken');
      expect(body.message).toMatch(/已被使用.*taken/);
    }
  });

  it('validates every field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ password: 'short' }, 'org.error.password'],
      [{ login: 'a b' }, 'org.error.login'],
      [{ login: 'x' }, 'org.error.login'],
      [{ name: '   ' }, 'org.error.name'],
      [{ permissions: ['fly'] }, 'org.error.permission'],
      [{ permissions: 'recommend' }, 'org.error.permission'],
      [{ sectionIds: ['sec-elsewhere'] }, 'org.error.section'],
    ];
    for (const [change, error] of cases) {
      const { status, body } = await call('POST', 'api/accounts', mainToken, newSub(change));
      expect(status, JSON.stringify(change)).toBe(400);
      expect(body.error).toBe(error);
    }
    expect((await call('POST', 'api/accounts', mainToken, [1, 2])).status).toBe(400);
  });

  it('answers 403 to a sub-account and a buyer, 401 without a token', async () => {
    for (const login of ['demo-sales-1', 'demo-buyer']) {
      const { token } = await server.login(login, PASSWORD);
      for (const [method, path] of [['GET', 'api/accounts'], ['POST', 'api/accounts'], ['PATCH', 'api/accounts/demo-sales-2'], ['DELETE', 'api/accounts/demo-sales-2']]) {
        const { status, body } = await call(method, path, token, method === 'GET' || method === 'DELETE' ? undefined : newSub());
        expect(status, `${login} ${method} ${path}`).toBe(403);
        expect(body.error).toBe('org.error.mainOnly');
      }
    }
    expect((await call('GET', 'api/accounts', null)).status).toBe(401);
  });
});

describe('PATCH/DELETE /api/accounts/{id}', () => {
  it('changes permissions, sections and name, and never the main account or another company', async () => {
    const created = (await call('POST', 'api/accounts', mainToken, newSub())).body;
    const { status, body } = await call('PATCH', `api/accounts/${String(created.id)}`, mainToken, {
      name: '新名字',
      permissions: [...PERMISSIONS],
      sectionIds: [],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: '新名字', permissions: [...PERMISSIONS], sectionIds: [] });
    expect((await call('PATCH', 'api/accounts/demo-main', mainToken, { disabled: true })).body.error).toBe('org.error.mainAccount');
    expect((await call('DELETE', 'api/accounts/demo-main', mainToken)).status).toBe(403);
    expect((await call('PATCH', 'api/accounts/demo-buyer', mainToken, { disabled: true })).status).toBe(404);
    expect((await call('PATCH', 'api/accounts/nobody', mainToken, { name: 'x' })).status).toBe(404);
    expect((await call('PATCH', `api/accounts/${String(created.id)}`, mainToken, { disabled: 'yes' })).status).toBe(400);
    expect((await server.login('demo-main', PASSWORD)).account.role).toBe('main');
  });

  it('disabling closes the live socket within a second, /api/me says 401, and the profile doc shows it', async () => {
    const input = newSub({ permissions: ['editExhibits'] });
    const created = (await call('POST', 'api/accounts', mainToken, input)).body;
    const { token } = await server.login(input.login, input.password);
    const socket = await RawClient.synced(server, 'co:demo:catalog', token);
    const profile = openProvider(server, 'co:demo:profile', mainToken);
    await providerSynced(profile);
    expect((await call('GET', 'api/me', token)).status).toBe(200);

    expect((await call('PATCH', `api/accounts/${String(created.id)}`, mainToken, { disabled: true })).body.disabled).toBe(true);
    const closed = await Promise.race([socket.closed, new Promise<null>((r) => setTimeout(() => r(null), 1_500))]);
    expect(closed?.code).toBe(4401);
    const me = await call('GET', 'api/me', token);
    expect(me.status).toBe(401);
    expect(me.body.error).toBe('auth.disabled');
    await until(() => readAccounts(profile.doc).find((a) => a.id === created.id)?.disabled === true, 'disabled in the profile doc');
    const login = await fetch(server.url + 'api/login', { method: 'POST', body: JSON.stringify({ login: input.login, password: input.password }) });
    expect(login.status).toBe(401);

    // Enabling again lets it sign in with a new token; the old one stays dead.
    expect((await call('PATCH', `api/accounts/${String(created.id)}`, mainToken, { disabled: false })).status).toBe(200);
    expect((await server.login(input.login, input.password)).account.id).toBe(created.id);
    expect((await call('GET', 'api/me', token)).status).toBe(401);
    profile.destroy();
  });

  it('a permission change re-evaluates a live socket: losing matchingList closes the matching list', async () => {
    const input = newSub({ permissions: ['matchingList'] });
    const created = (await call('POST', 'api/accounts', mainToken, input)).body;
    const { token } = await server.login(input.login, input.password);
    const socket = await RawClient.synced(server, 'co:demo:matches', token);
    await call('PATCH', `api/accounts/${String(created.id)}`, mainToken, { permissions: [] });
    expect((await socket.closed).code).toBe(4403);
  });

  it('deleting revokes the tokens, closes the sockets, frees the login and removes it from the profile doc', async () => {
    const input = newSub();
    const created = (await call('POST', 'api/accounts', mainToken, input)).body;
    const { token } = await server.login(input.login, input.password);
    const socket = await RawClient.synced(server, 'co:demo:profile', token);
    const profile = openProvider(server, 'co:demo:profile', mainToken);
    await providerSynced(profile);
    await until(() => readAccounts(profile.doc).some((a) => a.id === created.id), 'the account in the profile doc');

    expect((await call('DELETE', `api/accounts/${String(created.id)}`, mainToken)).status).toBe(200);
    expect((await socket.closed).code).toBe(4401);
    expect((await call('GET', 'api/me', token)).body.error).toBe('auth.invalid');
    await until(() => !readAccounts(profile.doc).some((a) => a.id === created.id), 'the account gone from the profile doc');
    expect((await call('GET', 'api/accounts', mainToken)).body.accounts).not.toContainEqual(expect.objectContaining({ id: created.id }));
    expect((await call('DELETE', `api/accounts/${String(created.id)}`, mainToken)).status).toBe(404);
    expect((await call('POST', 'api/accounts', mainToken, input)).status).toBe(201);
    profile.destroy();
  });
});
