import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, openProvider, providerSynced, until, type ProviderClient } from './clients.ts';

const PASSWORD = 'fairdesk-demo';
const DOC = 'co:demo:catalog';
const WRITERS = ['demo-main', 'demo-sales-1', 'demo-main'];
const EDITS_PER_WRITER = 400;

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

/** Records every burst key a client received from the server (not the ones it wrote itself). */
function recordBroadcasts(client: ProviderClient, seen: Set<string>): void {
  client.doc.getMap('burst').observe((event) => {
    if (event.transaction.origin === client.provider) event.keysChanged.forEach((key) => seen.add(key));
  });
}

describe('kill -9 during a burst of edits', () => {
  it('loses nothing any client saw broadcast, and every client converges after the restart', async () => {
    // Small compaction thresholds so that compaction transactions run during the burst too.
    const env = { COMPACT_AFTER_ROWS: '50', COMPACT_DELAY_MS: '0' };
    const first = await startServer({ env });
    servers.push(first);
    const tokens = new Map<string, string>();
    for (const login of [...new Set([...WRITERS, 'demo-sales-2'])]) tokens.set(login, (await first.login(login, PASSWORD)).token);

    const writers = WRITERS.map((login) => openProvider(first, DOC, tokens.get(login) ?? ''));
    // A read-only observer: demo-sales-2 may read the catalogue but not write it.
    const observer = openProvider(first, DOC, tokens.get('demo-sales-2') ?? '');
    const clients = [...writers, observer];
    await Promise.all(clients.map((c) => providerSynced(c)));
    const seen = new Set<string>();
    clients.forEach((c) => recordBroadcasts(c, seen));

    let killed = false;
    const bursts = writers.map(async (w, n) => {
      for (let i = 0; i < EDITS_PER_WRITER && !killed; i++) {
        w.doc.getMap('burst').set(`w${n}-${i}`, i);
        if (i % 5 === 0) await new Promise((r) => setImmediate(r));
      }
    });
    await until(() => seen.size >= 300, '300 broadcast edits before the kill', 20_000);
    await first.kill9();
    killed = true;
    await Promise.all(bursts);
    const seenAtKill = new Set(seen);
    expect(seenAtKill.size).toBeGreaterThanOrEqual(300);

    // Restart on a new port: the old clients cannot reconnect yet and hide a loss by re-sending.
    const second = await startServer({ dataDir: first.dataDir, env });
    servers.push(second);
    const token = (await second.login('demo-main', PASSWORD)).token;
    const fresh = await RawClient.synced(second, DOC, token);
    const stored = new Set(fresh.doc.getMap('burst').keys());
    const lost = [...seenAtKill].filter((key) => !stored.has(key));
    expect(lost).toEqual([]);
    fresh.close();

    // Now let the old clients in: they push what never reached the server, and all converge.
    const written = new Set<string>();
    writers.forEach((w) => w.doc.getMap('burst').forEach((_v, key) => written.add(key)));
    for (const c of clients) {
      c.provider.params = { token: (await second.login(c === observer ? 'demo-sales-2' : 'demo-main', PASSWORD)).token };
      c.provider.serverUrl = second.url.replace(/^http/, 'ws') + 'sync';
    }
    await until(() => clients.every((c) => c.doc.getMap('burst').size === written.size), 'every client to have every edit', 20_000);
    const final = await RawClient.synced(second, DOC, token);
    expect(final.doc.getMap('burst').size).toBe(written.size);
    final.close();
    clients.forEach((c) => c.destroy());
  });
});

function rowsOf(dataDir: string, doc: string): number {
  const db = new Database(join(dataDir, 'fairdesk.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('stored updates', () => {
  it('are compacted in the background and when the doc leaves memory, without losing anything', async () => {
    const s = await startServer({ env: { COMPACT_AFTER_ROWS: '20', COMPACT_DELAY_MS: '50', DOC_UNLOAD_MS: '100' } });
    servers.push(s);
    const token = (await s.login('demo-main', PASSWORD)).token;
    const doc = 'co:demo:acct:demo-main';
    const writer = await RawClient.synced(s, doc, token);
    const watcher = await RawClient.synced(s, doc, token);
    // One edit per round trip, so that each is its own stored row (a tick's edits share one).
    for (let i = 0; i < 100; i++) {
      writer.change((d) => d.getMap('rows').set(`r${i}`, i));
      await until(() => watcher.doc.getMap('rows').has(`r${i}`), `edit ${i} on the watcher`);
    }
    // Still connected, so only the background compaction can have shrunk 100 rows.
    await until(() => rowsOf(s.dataDir, doc) < 20, 'background compaction');
    writer.close();
    watcher.close();
    await until(() => rowsOf(s.dataDir, doc) === 1, 'compaction into one row after the last connection');
    const reader = await RawClient.synced(s, doc, token);
    expect(reader.doc.getMap('rows').size).toBe(100);
    reader.change((d) => d.getMap('rows').set('after', true));
    reader.close();
    await s.stop();
    // A clean stop stores each open doc as one row too.
    expect(rowsOf(s.dataDir, doc)).toBe(1);
  });
});
