/**
 * `npm run bench`: our server and the reference `@y/websocket-server@0.1.1`, each in its own
 * process on loopback, measured in the same run (TARGETS.md). Prints ours, the reference and the
 * ratio for each figure; asserts nothing. Add a figure by adding to MEASUREMENTS.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebsocketProvider } from 'y-websocket';
import { startServer, syncUrl, WebSocket } from '../helpers/server.ts';
import { buildCatalogue } from './catalogue.ts';
import { measureCatalogFilter } from './catalog-filter.ts';
import { measureMatching } from './matching.ts';
import { rawJoin, type JoinTiming } from './raw-join.ts';
import { startReferenceServer } from './reference-server.ts';

/** One server under test, as the clients see it. */
interface Side {
  label: 'ours' | 'reference';
  serverUrl: string;
  params: Record<string, string>;
  catalogueDoc: string;
  editsDoc: string;
}

/** One printed line: a figure for both servers, in milliseconds (lower is better). */
interface Row {
  name: string;
  ours: number;
  reference: number;
  /** What reference ÷ ours should reach (TARGETS.md). */
  target: string;
}

/** Measures both sides in the same run, interleaved so that machine noise hits both alike. */
interface Measurement {
  title: string;
  run(ours: Side, reference: Side): Promise<Row[]>;
}

const EXHIBITS = 2500;
const JOINS = 20;
const PROVIDER_JOINS = 5;
const EDITS = 1000;
const RECEIVERS = 20;
const EDIT_ROUNDS = 3;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await wait(1);
  }
}

function socketUrl(side: Side, doc: string): string {
  const query = new URLSearchParams(side.params).toString();
  return `${side.serverUrl}/${doc}${query ? `?${query}` : ''}`;
}

function message(...parts: (number | Uint8Array)[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const p of parts) {
    if (typeof p === 'number') encoding.writeVarUint(encoder, p);
    else encoding.writeVarUint8Array(encoder, p);
  }
  return encoding.toUint8Array(encoder);
}

function provider(side: Side, doc: string): WebsocketProvider {
  return new WebsocketProvider(side.serverUrl, doc, new Y.Doc(), {
    params: side.params,
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  });
}

function destroy(providers: WebsocketProvider[]): void {
  for (const p of providers) {
    p.destroy();
    p.doc.destroy();
  }
}

async function seedCatalogue(side: Side, state: Uint8Array): Promise<void> {
  const ws = new WebSocket(socketUrl(side, side.catalogueDoc));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(message(0, 2, state));
  // The seed is in once a join gets at least its size back.
  while ((await rawJoin(socketUrl(side, side.catalogueDoc))).bytes < state.length) await wait(50);
  ws.close();
}

async function editsDelivered(side: Side): Promise<number> {
  const receivers = Array.from({ length: RECEIVERS }, () => provider(side, side.editsDoc));
  const sender = provider(side, side.editsDoc);
  await until(() => sender.synced && receivers.every((r) => r.synced), 'all clients to sync');
  const prefix = `run-${Math.random().toString(36).slice(2)}`;
  const received = receivers.map(() => 0);
  receivers.forEach((r, n) =>
    r.doc.getMap('bench').observe((event) => {
      for (const key of event.keysChanged) if (key.startsWith(prefix)) received[n]++;
    }),
  );
  const started = performance.now();
  const map = sender.doc.getMap('bench');
  for (let i = 0; i < EDITS; i++) map.set(`${prefix}-${i}`, i);
  await until(() => received.every((n) => n === EDITS), 'every client to have every edit');
  const ms = performance.now() - started;
  destroy([sender, ...receivers]);
  return ms;
}

const MEASUREMENTS: Measurement[] = [
  {
    title: 'joins',
    async run(ours, reference) {
      const timings = { ours: [] as JoinTiming[], reference: [] as JoinTiming[] };
      for (let i = 0; i < 3 + JOINS; i++) {
        for (const side of [ours, reference]) {
          const t = await rawJoin(socketUrl(side, side.catalogueDoc));
          if (i >= 3) timings[side.label].push(t);
        }
      }
      const total = (ts: JoinTiming[]) => mean(ts.map((t) => t.totalMs));
      const answer = (ts: JoinTiming[]) => mean(ts.map((t) => t.answerMs));
      return [
        {
          name: `new client joins the ${EXHIBITS}-exhibit catalogue: connect → whole state received (mean of ${JOINS})`,
          ours: total(timings.ours),
          reference: total(timings.reference),
          target: '≥ 10×',
        },
        {
          name: `  of which the server's answer: sync step 1 sent → first byte of step 2`,
          ours: answer(timings.ours),
          reference: answer(timings.reference),
          target: '',
        },
      ];
    },
  },
  {
    title: 'provider joins',
    async run(ours, reference) {
      const times = { ours: [] as number[], reference: [] as number[] };
      for (let i = 0; i < PROVIDER_JOINS; i++) {
        for (const side of [ours, reference]) {
          const started = performance.now();
          const p = provider(side, side.catalogueDoc);
          await until(() => p.synced, 'the provider to sync');
          times[side.label].push(performance.now() - started);
          destroy([p]);
        }
      }
      return [
        {
          name: `new y-websocket client synced on it, incl. decoding 2,500 exhibits (mean of ${PROVIDER_JOINS})`,
          ours: mean(times.ours),
          reference: mean(times.reference),
          target: '(client-bound)',
        },
      ];
    },
  },
  {
    title: 'edits',
    async run(ours, reference) {
      await editsDelivered(ours); // warm-up, both sides
      await editsDelivered(reference);
      const times = { ours: [] as number[], reference: [] as number[] };
      for (let i = 0; i < EDIT_ROUNDS; i++) {
        for (const side of [ours, reference]) times[side.label].push(await editsDelivered(side));
      }
      return [
        {
          name: `${EDITS} edits from one client delivered to ${RECEIVERS} clients (median of ${EDIT_ROUNDS})`,
          ours: median(times.ours),
          reference: median(times.reference),
          target: '≥ 1.0×',
        },
      ];
    },
  },
  {
    // In-process, no server: the app's list filter beside a plain Array.filter (TARGETS.md).
    title: 'catalogue filter',
    run: async () => measureCatalogFilter(EXHIBITS),
  },
  {
    // In-process: matching intents to recommended exhibits, index beside a linear scan (TARGETS.md).
    title: 'matching',
    run: async () => measureMatching(),
  },
];

async function main(): Promise<void> {
  // Each y-websocket provider adds a process 'exit' listener; 21 at once are expected here.
  process.setMaxListeners(100);
  const startedAt = Date.now();
  console.log(`Building a catalogue of ${EXHIBITS} exhibits…`);
  const catalogue = buildCatalogue(EXHIBITS);
  console.log(`  encoded: ${(catalogue.length / 1024 / 1024).toFixed(2)} MB`);

  const ours = await startServer();
  const reference = await startReferenceServer();
  try {
    const { token } = await ours.login('demo-main', 'fairdesk-demo');
    const sides: Side[] = [
      { label: 'ours', serverUrl: syncUrl(ours), params: { token }, catalogueDoc: 'co:demo:catalog', editsDoc: 'co:demo:acct:demo-main' },
      { label: 'reference', serverUrl: reference.url, params: {}, catalogueDoc: 'bench-catalogue', editsDoc: 'bench-edits' },
    ];
    for (const side of sides) await seedCatalogue(side, catalogue);

    const rows: string[][] = [];
    for (const m of MEASUREMENTS) {
      for (const row of await m.run(sides[0], sides[1])) {
        rows.push([row.name, `${row.ours.toFixed(1)} ms`, `${row.reference.toFixed(1)} ms`, `${(row.reference / row.ours).toFixed(2)}×`, row.target]);
      }
      console.log(`  measured: ${m.title}`);
    }
    const header = ['measurement', 'ours', 'reference', 'ratio (ref ÷ ours)', 'target'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const row of rows) console.log(line(row));
    console.log(`\nOurs runs with auth, access control and SQLite persistence on; both servers on loopback. ${((Date.now() - startedAt) / 1000).toFixed(1)} s in all.`);
  } finally {
    await ours.stop();
    await reference.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
