import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { startServer, WebSocket, syncUrl, type RunningServer } from '../helpers/server.ts';
import { RawClient, openProvider, providerSynced, until, updateMessage, type ProviderClient } from './clients.ts';

const PASSWORD = 'fairdesk-demo';
const DOC = 'co:demo:acct:demo-main';
let server: RunningServer;
let token: string;
let writer: ProviderClient;
let observer: ProviderClient;
let round = 0;

/** Another pair of clients on the same doc must keep syncing whatever the attacker did. */
async function othersStillSync(): Promise<void> {
  const key = `round-${++round}`;
  writer.doc.getMap('health').set(key, true);
  await until(() => observer.doc.getMap('health').has(key), `${key} to reach the observer`);
  const res = await fetch(server.url + 'api/me', { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
}

async function attack(bytes: Uint8Array | string): Promise<RawClient> {
  const attacker = await RawClient.synced(server, DOC, token);
  attacker.ws.send(bytes);
  return attacker;
}

beforeAll(async () => {
  server = await startServer({ env: { MAX_MESSAGE_BYTES: String(1024 * 1024) } });
  token = (await server.login('demo-main', PASSWORD)).token;
  writer = openProvider(server, DOC, token);
  observer = openProvider(server, DOC, token);
  await providerSynced(writer);
  await providerSynced(observer);
});
afterAll(async () => {
  writer?.destroy();
  observer?.destroy();
  await server?.stop();
});

function envelope(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
}

const validUpdate = (() => {
  const doc = new Y.Doc();
  doc.getMap('m').set('key', 'a value long enough to cut in the middle');
  return Y.encodeStateAsUpdate(doc);
})();

describe('malformed and truncated messages close that connection only (1007)', () => {
  const cases: [string, Uint8Array][] = [
    ['an empty message', new Uint8Array(0)],
    ['an unknown message type', new Uint8Array([9])],
    ['an unknown sync step', envelope(0, 7, new Uint8Array([0]))],
    ['a length prefix longer than the message', new Uint8Array([0, 2, 50, 1, 2])],
    ['a varint that never ends', new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff])],
    ['bytes that are no update', envelope(0, 2, Buffer.from('garbagedoc', 'base64'))],
    ['an update cut short', envelope(0, 2, validUpdate.subarray(0, validUpdate.length - 6))],
    ['a sync step 2 cut short', envelope(0, 1, validUpdate.subarray(0, 9))],
    ['a malformed state vector', envelope(0, 0, new Uint8Array([5, 1]))],
    ['an awareness update that is not JSON', envelope(1, envelope(1, 77, 1, new TextEncoder().encode('{nope')))],
  ];
  for (const [what, bytes] of cases) {
    it(what, async () => {
      const attacker = await attack(bytes);
      const closed = await attacker.closed;
      expect(closed.code).toBe(1007);
      expect(closed.reason.length).toBeGreaterThan(0);
      await othersStillSync();
    });
  }

  it('a text frame (1003)', async () => {
    const attacker = await attack('hello');
    expect((await attacker.closed).code).toBe(1003);
    await othersStillSync();
  });

  it('none of them changed the doc', async () => {
    const fresh = await RawClient.synced(server, DOC, token);
    expect(fresh.doc.getMap('m').has('key')).toBe(false);
    fresh.close();
  });
});

describe('an oversized message', () => {
  it('closes that connection (1009) and the others carry on', async () => {
    const attacker = await RawClient.synced(server, DOC, token);
    const big = new Uint8Array(2 * 1024 * 1024);
    big.set(envelope(0, 2), 0);
    attacker.ws.send(big);
    expect((await attacker.closed).code).toBe(1009);
    await othersStillSync();
  });
});

/**
 * The yjs #687 kind: run-length-encoded counts claim billions of structs in a few bytes. These
 * are the reproductions from yjs' own tests (tests/limits.tests.js). With yjs 13.6.33 they hang
 * Y.mergeUpdates (the v1 one) or Y.mergeUpdatesV2 / Y.applyUpdateV2 forever; the server never
 * calls those on client bytes, and v1 decoding reads at least one byte per struct.
 */
const ISSUE_687: Record<string, number[]> = {
  'v1, hangs mergeUpdates': [228, 156, 16, 0, 5, 255, 255, 5, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 237, 0, 0, 0, 1, 1, 0, 254, 184, 194, 233, 173, 135, 217, 18, 0, 0, 1, 1, 255, 237, 246],
  'v2, hangs mergeUpdatesV2 (4398046511101 structs)': [0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 22, 2, 0, 0, 1, 253, 255, 255, 255, 255, 127, 0, 0],
  'v2, hangs mergeUpdatesV2 (7658324286 updates)': [228, 149, 0, 0, 1, 24, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 237, 1, 190, 130, 227, 195, 28, 1, 2, 228, 149, 0, 0, 1, 24, 0, 0, 1, 24, 0, 0, 1, 0, 1, 237, 0],
  'v2, a GC item of length 553253': [143, 1, 128, 0, 0, 0, 1, 170, 1, 0, 1, 2, 0, 0, 22, 2, 0, 229, 196, 67, 20, 231, 166, 139, 147, 174, 181, 253, 93, 232, 38, 154, 138, 89, 0, 49, 213, 15, 18, 1, 48, 0, 0, 0],
  'v2, hangs applyUpdateV2 (267854847 structs)': [0, 1, 35, 0, 0, 0, 1, 2, 129, 0, 0, 16, 0, 199, 220, 0, 196, 122, 128, 0, 65, 171, 234, 214, 0, 1, 0, 0, 1, 0, 0, 132, 0, 0, 16, 255, 199, 220, 255, 0, 0, 0],
};

describe('crafted updates of the yjs #687 kind cannot hang the server', () => {
  for (const [what, bytes] of Object.entries(ISSUE_687)) {
    for (const step of [1, 2]) {
      it(`${what}, as ${step === 1 ? 'sync step 2' : 'an update'}`, async () => {
        const before = await RawClient.synced(server, DOC, token);
        const stateBefore = Y.encodeStateVector(before.doc);
        before.close();
        const attacker = await attack(updateMessage(new Uint8Array(bytes), step));
        // Hung in a decoder, the server could not pass this edit on (the wait would time out).
        await othersStillSync();
        // Either refused (1007) or read as a harmless v1 update that adds nothing.
        if (attacker.closedWith) expect(attacker.closedWith.code).toBe(1007);
        const after = await RawClient.synced(server, DOC, token);
        const sv = Y.decodeStateVector(Y.encodeStateVector(after.doc));
        for (const [client, clock] of Y.decodeStateVector(stateBefore)) expect(sv.get(client)).toBeGreaterThanOrEqual(clock);
        expect([...sv.keys()].every((client) => client === writer.doc.clientID || Y.decodeStateVector(stateBefore).has(client))).toBe(true);
        after.close();
        attacker.close();
      });
    }
  }
});

describe('a delete set crafted to cost ranges × structs', () => {
  it('is refused (1007) before it touches the doc', async () => {
    const filler = await RawClient.synced(server, DOC, token);
    filler.change((doc) => {
      const big = doc.getMap('big');
      for (let i = 0; i < 5000; i++) big.set(`k${i}`, i);
    });
    await until(() => observer.doc.getMap('big').size === 5000, 'the 5000 entries on the observer');
    const client = filler.doc.clientID;
    const state = Y.getState(filler.doc.store, client);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // no structs
    encoding.writeVarUint(encoder, 1); // deletes for one client
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, 50_000); // the same range, over and over
    for (let i = 0; i < 50_000; i++) {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, state);
    }
    const attacker = await attack(updateMessage(encoding.toUint8Array(encoder)));
    const closed = await attacker.closed;
    expect(closed.code).toBe(1007);
    expect(closed.reason).toMatch(/overlapping/);
    await othersStillSync();
    expect(observer.doc.getMap('big').size).toBe(5000);
    filler.close();
  });
});

describe('messages per second', () => {
  it('a flood closes that connection (1008) and the others carry on', async () => {
    const limited = await startServer({ env: { MESSAGES_BURST: '30', MESSAGES_PER_SECOND: '10' } });
    try {
      const t = (await limited.login('demo-main', PASSWORD)).token;
      const a = openProvider(limited, DOC, t);
      const b = openProvider(limited, DOC, t);
      await providerSynced(a);
      await providerSynced(b);
      const flood = new WebSocket(`${syncUrl(limited)}/${DOC}?token=${t}`);
      const closed = new Promise<number>((resolve) => flood.on('close', (code: number) => resolve(code)));
      flood.on('error', () => {});
      await new Promise((resolve) => flood.once('open', resolve));
      for (let i = 0; i < 200; i++) flood.send(new Uint8Array([3]));
      expect(await closed).toBe(1008);
      a.doc.getMap('health').set('after-flood', true);
      await until(() => b.doc.getMap('health').has('after-flood'), 'an edit after the flood');
      a.destroy();
      b.destroy();
    } finally {
      await limited.stop();
    }
  });
});
