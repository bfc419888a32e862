import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, openProvider, providerSynced, until } from './clients.ts';

/**
 * Every principal × doc × read/write, written out by hand (not computed with shared's
 * docAccess, so that a mistake there shows up here). W = read and write, R = read only,
 * - = refused with 4403; no token and a bad token are refused with 4401 everywhere.
 */
const DOCS = [
  'co:demo:profile',
  'co:demo:catalog',
  'co:demo:ledger',
  'co:demo:acct:demo-main',
  'co:demo:acct:demo-sales-1',
  'co:demo:acct:demo-sales-2',
  'show:demo',
  'buyer:demo-buyer',
  'feed:demo-buyer',
  'buyer:someone-else',
  'feed:someone-else',
  'co:other:profile',
  'co:other:catalog',
  'co:other:acct:demo-main',
  'show:other',
] as const;

type Expect = 'W' | 'R' | '-';
const MATRIX: Record<string, Expect[]> = {
  //                 prof cat  ledg main s1   s2   show buyr feed b-x  f-x  oprf ocat oacc oshw
  'demo-main':     ['W', 'W', 'R', 'W', 'W', 'W', 'R', '-', '-', '-', '-', '-', '-', '-', 'R'],
  'demo-sales-1':  ['R', 'W', '-', '-', 'W', '-', 'R', '-', '-', '-', '-', '-', '-', '-', 'R'],
  'demo-sales-2':  ['R', 'R', '-', '-', '-', 'W', 'R', '-', '-', '-', '-', '-', '-', '-', 'R'],
  'demo-buyer':    ['-', '-', '-', '-', '-', '-', 'R', 'W', 'R', '-', '-', '-', '-', '-', 'R'],
};

const PASSWORD = 'fairdesk-demo';
let server: RunningServer;
const tokens: Record<string, string> = {};
/** Someone allowed to read each doc, to look whether a refused write got in anyway. */
let readerOf: (doc: string) => string | null;

beforeAll(async () => {
  server = await startServer();
  for (const login of Object.keys(MATRIX)) tokens[login] = (await server.login(login, PASSWORD)).token;
  readerOf = (doc) => Object.keys(MATRIX).find((login) => MATRIX[login][DOCS.indexOf(doc as (typeof DOCS)[number])] !== '-') ?? null;
});
afterAll(async () => {
  await server?.stop();
});

let probe = 0;

async function attemptWrite(login: string, doc: string): Promise<{ marker: string; client: RawClient }> {
  const client = await RawClient.synced(server, doc, tokens[login]);
  const marker = `${login}-${++probe}`;
  client.change((d) => d.getMap('probe').set(marker, true));
  return { marker, client };
}

async function seenBy(login: string, doc: string, marker: string): Promise<boolean> {
  const fresh = await RawClient.synced(server, doc, tokens[login]);
  const seen = fresh.doc.getMap('probe').has(marker);
  fresh.close();
  return seen;
}

describe('access to every doc', () => {
  for (const [login, row] of Object.entries(MATRIX)) {
    DOCS.forEach((doc, i) => {
      const expected = row[i];
      it(`${login} on ${doc}: ${expected === 'W' ? 'read and write' : expected === 'R' ? 'read only' : 'refused'}`, async () => {
        if (expected === '-') {
          const client = await RawClient.connect(server, doc, tokens[login]);
          // Try to slip a write in before the refusal arrives.
          client.change((d) => d.getMap('probe').set(`sneak-${login}`, true));
          expect((await client.closed).code).toBe(4403);
          const reader = readerOf(doc);
          if (reader) expect(await seenBy(reader, doc, `sneak-${login}`)).toBe(false);
          return;
        }
        const { marker, client } = await attemptWrite(login, doc);
        expect(client.step2Count).toBeGreaterThan(0);
        if (expected === 'W') {
          await until(() => client.isOpen, 'the socket to stay open');
          const other = await RawClient.synced(server, doc, tokens[login]);
          await until(() => other.doc.getMap('probe').has(marker), `${marker} on a fresh connection`);
          expect(client.denied).toEqual([]);
          other.close();
        } else {
          // The refusal also proves the server has handled the update by now.
          await until(() => client.denied.length > 0, 'the permission-denied message');
          expect(client.denied[0]).toMatch(/read-only/);
          expect(client.isOpen).toBe(true);
          expect(await seenBy(login, doc, marker)).toBe(false);
          const otherReader = readerOf(doc);
          if (otherReader) expect(await seenBy(otherReader, doc, marker)).toBe(false);
        }
        client.close();
      });
    });
  }

  for (const [who, token] of [
    ['no token', null],
    ['a bad token', 'v1.eyJhIjoiZGVtby1tYWluIiwidiI6MCwiZSI6OTk5OTk5OTk5OX0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['garbage', 'not-a-token'],
  ] as const) {
    it(`${who}: every doc refused with 4401, and a write slipped in is not kept`, async () => {
      for (const doc of DOCS) {
        const client = await RawClient.connect(server, doc, token);
        client.change((d) => d.getMap('probe').set(`anon-${who}`, true));
        expect((await client.closed).code).toBe(4401);
      }
      expect(await seenBy('demo-main', 'co:demo:catalog', `anon-${who}`)).toBe(false);
      expect(await seenBy('demo-buyer', 'buyer:demo-buyer', `anon-${who}`)).toBe(false);
    });
  }

  it('refuses names that are not doc names with 4403', async () => {
    for (const name of ['co:demo', 'nope:demo', 'co:demo:catalog:extra', 'co:de%20mo:catalog', 'co:demo:acct:', '..%2F..%2Fetc']) {
      const client = await RawClient.connect(server, name, tokens['demo-main']);
      expect((await client.closed).code, name).toBe(4403);
    }
  });
});

describe('the y-websocket client', () => {
  it('on a read-only doc: syncs, is told its edit was refused, and nobody else sees the edit', async () => {
    const sales = openProvider(server, 'co:demo:catalog', tokens['demo-sales-2']);
    await providerSynced(sales);
    sales.doc.getMap('probe').set('from-read-only', true);
    await until(() => sales.denied.length > 0, 'the permission-denied message');
    const main = await RawClient.synced(server, 'co:demo:catalog', tokens['demo-main']);
    expect(main.doc.getMap('probe').has('from-read-only')).toBe(false);
    main.close();
    sales.destroy();
  });

  it('stops for good on 4403 and on 4401', async () => {
    const forbidden = openProvider(server, 'co:demo:ledger', tokens['demo-sales-1']);
    await until(() => forbidden.finalClose !== null, 'the final close');
    expect(forbidden.finalClose?.code).toBe(4403);
    expect(forbidden.provider.shouldConnect).toBe(false);
    forbidden.destroy();
    const unauthenticated = openProvider(server, 'co:demo:catalog', 'bad');
    await until(() => unauthenticated.finalClose !== null, 'the final close');
    expect(unauthenticated.finalClose?.code).toBe(4401);
    unauthenticated.destroy();
  });
});
