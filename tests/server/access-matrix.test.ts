import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, until } from './clients.ts';

/**
 * Every role × every doc scope × read/write on the real server, with sub-accounts made through
 * the accounts API. The expectations are written here as a table (not computed with shared's
 * docAccess): W = read and write, R = read only, - = refused with 4403, X = refused with 4401.
 */
const SCOPES = ['profile', 'catalog', 'ledger', 'fair', 'matches', 'ownDesk', 'otherDesk', 'show', 'buyer', 'feed'] as const;
type Scope = (typeof SCOPES)[number];
type Expect = 'W' | 'R' | '-' | 'X';

interface Role {
  name: string;
  login: string;
  /** A sub-account to create with these permissions, or null for a demo account. */
  permissions: Permission[] | null;
  disabled?: boolean;
  row: Record<Scope, Expect>;
}

function row(cells: string): Record<Scope, Expect> {
  const parts = cells.trim().split(/\s+/) as Expect[];
  return Object.fromEntries(SCOPES.map((s, i) => [s, parts[i]])) as Record<Scope, Expect>;
}

//                               prof cat ledg fair mtch own othr show buyr feed
const SUB_PLAIN = '               R    R   -    R    -    W   -    R    -    -';
const SUB_EDIT = '                R    W   -    R    -    W   -    R    -    -';
const SUB_MATCH = '               R    R   -    R    R    W   -    R    -    -';
const ROLES: Role[] = [
  { name: 'main', login: 'demo-main', permissions: null, row: row('W W R R R W W R - -') },
  ...PERMISSIONS.map((p): Role => ({
    name: `sub with only ${p}`,
    login: `m-${p}`,
    permissions: [p],
    row: row(p === 'editExhibits' ? SUB_EDIT : p === 'matchingList' ? SUB_MATCH : SUB_PLAIN),
  })),
  { name: 'sub with every permission', login: 'm-all', permissions: [...PERMISSIONS], row: row('R W - R R W - R - -') },
  { name: 'sub with none', login: 'm-none', permissions: [], row: row(SUB_PLAIN) },
  { name: 'buyer', login: 'demo-buyer', permissions: null, row: row('- - - - - - - R W R') },
  { name: 'disabled sub', login: 'm-disabled', permissions: [...PERMISSIONS], disabled: true, row: row('X X X X X X X X X X') },
];

const PASSWORD = 'fairdesk-demo';
let server: RunningServer;
let mainToken: string;
const tokens = new Map<string, string>();
const ids = new Map<string, string>();

function docOf(scope: Scope, role: Role): string {
  const own = ids.get(role.login) ?? 'demo-main';
  const names: Record<Scope, string> = {
    profile: 'co:demo:profile',
    catalog: 'co:demo:catalog',
    ledger: 'co:demo:ledger',
    fair: 'co:demo:fair',
    matches: 'co:demo:matches',
    ownDesk: `co:demo:acct:${role.login === 'demo-buyer' ? 'demo-main' : own}`,
    otherDesk: role.login === 'demo-sales-2' ? 'co:demo:acct:demo-sales-1' : 'co:demo:acct:demo-sales-2',
    show: 'show:demo',
    buyer: 'buyer:demo-buyer',
    feed: 'feed:demo-buyer',
  };
  return names[scope];
}

/** Someone who may read each doc, to look whether a refused write got in anyway. */
const readerOf = (doc: string): string => (doc.startsWith('buyer:') || doc.startsWith('feed:') ? 'demo-buyer' : 'demo-main');

async function api(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(server.url + path, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${mainToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  server = await startServer();
  mainToken = (await server.login('demo-main', PASSWORD)).token;
  for (const role of ROLES) {
    if (role.permissions !== null) {
      const body = { login: role.login, name: role.name, password: PASSWORD, permissions: role.permissions, sectionIds: ['sec-power'] };
      ids.set(role.login, String((await api('POST', 'api/accounts', body)).id));
    }
    const answer = await server.login(role.login, PASSWORD);
    ids.set(role.login, answer.account.id);
    tokens.set(role.login, answer.token);
  }
  // Content every reader must receive: a seed in each doc a client can write.
  for (const doc of ['co:demo:profile', 'co:demo:catalog', 'co:demo:acct:demo-sales-2', 'buyer:demo-buyer', ...[...ids.values()].map((id) => `co:demo:acct:${id}`)]) {
    if (doc === `co:demo:acct:${ids.get('demo-buyer') ?? ''}`) continue;
    const reader = readerOf(doc);
    const writer = await RawClient.synced(server, doc, tokens.get(reader) ?? '');
    writer.change((d) => d.getMap('probe').set('seed', true));
    await until(() => writer.step2Count > 0 && writer.denied.length === 0, 'the seed');
    const check = await RawClient.synced(server, doc, tokens.get(reader) ?? '');
    await until(() => check.doc.getMap('probe').get('seed') === true, `the seed of ${doc}`);
    check.close();
    writer.close();
  }
  const disabled = ROLES.find((r) => r.disabled);
  if (disabled) await api('PATCH', `api/accounts/${ids.get(disabled.login) ?? ''}`, { disabled: true });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** Per doc: what a fresh reader must find in its `probe` map once every cell has run. */
const mustSee = new Map<string, Set<string>>();
const mustNotSee = new Map<string, Set<string>>();
const remember = (map: Map<string, Set<string>>, doc: string, marker: string) => map.set(doc, (map.get(doc) ?? new Set()).add(marker));

async function runCell(role: Role, scope: Scope): Promise<void> {
  const doc = docOf(scope, role);
  const expected = role.row[scope];
  const marker = `${role.login}-${scope}`;
  const client = await RawClient.connect(server, doc, tokens.get(role.login) ?? '');
  client.sendStep1();
  // Write at once: for a refused doc it races the refusal and must still not land.
  client.change((d) => d.getMap('probe').set(marker, true));
  if (expected === '-' || expected === 'X') {
    expect((await client.closed).code, `${role.name} on ${doc}`).toBe(expected === 'X' ? 4401 : 4403);
    expect(client.step2Count).toBe(0);
    remember(mustNotSee, doc, marker);
    return;
  }
  await until(() => client.step2Count > 0, `${role.name} reading ${doc}`);
  if (doc !== 'co:demo:ledger' && !['fair', 'matches', 'show', 'feed'].includes(scope)) {
    expect(client.doc.getMap('probe').get('seed'), `${role.name} reads the content of ${doc}`).toBe(true);
  }
  if (expected === 'R') {
    await until(() => client.denied.length > 0, `${role.name}: the refusal of a write to ${doc}`);
    expect(client.isOpen).toBe(true);
    remember(mustNotSee, doc, marker);
  } else {
    expect(client.denied).toEqual([]);
    remember(mustSee, doc, marker);
  }
  client.close();
}

describe('access matrix: every role × every doc scope × read/write', () => {
  for (const role of ROLES) {
    it(`${role.name}: ${SCOPES.map((s) => `${s} ${role.row[s]}`).join(', ')}`, async () => {
      await Promise.all(SCOPES.map((scope) => runCell(role, scope)));
    });
  }

  it('a fresh reader of each doc sees every allowed write and no refused one', async () => {
    const docs = new Set([...mustSee.keys(), ...mustNotSee.keys()]);
    for (const doc of docs) {
      const reader = await RawClient.synced(server, doc, tokens.get(readerOf(doc)) ?? '');
      const probe = reader.doc.getMap('probe');
      for (const marker of mustSee.get(doc) ?? []) await until(() => probe.has(marker), `${marker} in ${doc}`);
      for (const marker of mustNotSee.get(doc) ?? []) expect(probe.has(marker), `${marker} must not be in ${doc}`).toBe(false);
      reader.close();
    }
    expect(docs.size).toBeGreaterThan(10);
  });
});
