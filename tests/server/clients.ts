import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket, syncUrl, type RunningServer } from '../helpers/server.ts';

/** Polls until `check` is true; fails with `what` after `timeoutMs` (a bound, not a measurement). */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Closed {
  code: number;
  reason: string;
}

/**
 * A y-websocket protocol client on a raw socket, for exact assertions and crafted bytes:
 * it keeps a Y.Doc, applies what the server sends, and records refusals and the close.
 */
export class RawClient {
  readonly doc = new Y.Doc();
  readonly denied: string[] = [];
  step2Count = 0;
  closedWith: Closed | null = null;
  readonly closed: Promise<Closed>;
  private constructor(readonly ws: InstanceType<typeof WebSocket>) {
    this.closed = new Promise((resolve) =>
      ws.on('close', (code: number, reason: Buffer) => {
        this.closedWith = { code, reason: reason.toString() };
        resolve(this.closedWith);
      }),
    );
    ws.on('error', () => {});
    ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
  }

  static async connect(server: RunningServer, docName: string, token: string | null): Promise<RawClient> {
    const url = `${syncUrl(server)}/${docName}${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
    const client = new RawClient(new WebSocket(url));
    await new Promise<void>((resolve, reject) => {
      client.ws.once('open', () => resolve());
      client.ws.once('error', reject);
    });
    return client;
  }

  /** Connects, asks for the doc and waits until it arrived (or the socket closed). */
  static async synced(server: RunningServer, docName: string, token: string | null): Promise<RawClient> {
    const client = await RawClient.connect(server, docName, token);
    client.sendStep1();
    await Promise.race([until(() => client.step2Count > 0, `sync step 2 of ${docName}`), client.closed]);
    return client;
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  send(bytes: Uint8Array): void {
    this.ws.send(bytes);
  }

  sendStep1(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send(encoding.toUint8Array(encoder));
  }

  /** Sends `update` as a sync update message ([0, 2, bytes]). */
  sendUpdate(update: Uint8Array): void {
    this.send(updateMessage(update));
  }

  /** Makes a change locally and sends exactly that change. */
  change(fn: (doc: Y.Doc) => void): Uint8Array {
    let captured: Uint8Array | null = null;
    const capture = (u: Uint8Array) => (captured = u);
    this.doc.on('update', capture);
    this.doc.transact(() => fn(this.doc), 'local');
    this.doc.off('update', capture);
    if (!captured) throw new Error('the change changed nothing');
    this.sendUpdate(captured);
    return captured;
  }

  close(): void {
    this.ws.close();
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) {
        // The server asks what we have: answer like y-websocket does.
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, 0);
        syncProtocol.writeSyncStep2(encoder, this.doc, payload);
        this.send(encoding.toUint8Array(encoder));
      } else {
        Y.applyUpdate(this.doc, payload, 'server');
        if (step === 1) this.step2Count++;
      }
    } else if (type === 2) {
      decoding.readVarUint(decoder);
      this.denied.push(decoding.readVarString(decoder));
    }
  }
}

export function updateMessage(update: Uint8Array, step = 2): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  denied: string[];
  /** Set when the server closed the socket for good (a 44xx code). */
  finalClose: Closed | null;
  destroy(): void;
}

/** The unchanged y-websocket client, as the app uses it. */
export function openProvider(server: RunningServer, docName: string, token: string, doc = new Y.Doc()): ProviderClient {
  const provider = new WebsocketProvider(syncUrl(server), docName, doc, {
    params: { token },
    disableBc: true,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 500,
  });
  const client: ProviderClient = {
    doc,
    provider,
    denied: [],
    finalClose: null,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
  // How a client learns its write was refused: y-protocols' auth message (type 2).
  provider.messageHandlers[2] = (_encoder, decoder) => {
    decoding.readVarUint(decoder);
    client.denied.push(decoding.readVarString(decoder));
  };
  provider.on('closed', (event) => (client.finalClose = event));
  return client;
}

export async function providerSynced(client: ProviderClient, what = 'provider sync'): Promise<void> {
  await until(() => client.provider.synced, what);
}
