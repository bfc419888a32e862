import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface JoinTiming {
  /** Connect → sync step 2 completely received. */
  totalMs: number;
  /** Sync step 1 sent → first byte of the sync step 2 frame: the server's own time to answer. */
  answerMs: number;
  bytes: number;
}

/** A masked binary frame, as a client must send it. */
function clientFrame(payload: Uint8Array): Buffer {
  const mask = randomBytes(4);
  const header = payload.length < 126 ? Buffer.from([0x82, 0x80 | payload.length]) : Buffer.from([0x82, 0x80 | 126, payload.length >> 8, payload.length & 255]);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i] ^= mask[i % 4];
  return Buffer.concat([header, mask, body]);
}

/**
 * A new client joining a doc, timed on a bare TCP socket (hand-made WebSocket handshake and
 * frames), so that no client library's buffering is part of the figure.
 */
export function rawJoin(wsUrl: string): Promise<JoinTiming> {
  const url = new URL(wsUrl);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let stepOneSentAt = 0;
    let answerAt = 0;
    let upgraded = false;
    let pending: Buffer = Buffer.alloc(0);
    /** Bytes still to come of the frame being skipped or awaited. */
    let remaining = 0;
    let inAnswer = false;
    let answerBytes = 0;
    const socket = connect(Number(url.port), url.hostname, () => {
      socket.setNoDelay(true);
      socket.write(
        `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      if (!upgraded) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        if (!pending.subarray(0, 12).toString().includes('101')) return reject(new Error(pending.subarray(0, end).toString()));
        upgraded = true;
        pending = pending.subarray(end + 4);
        stepOneSentAt = performance.now();
        socket.write(clientFrame(new Uint8Array([0, 0, 1, 0])));
      }
      while (pending.length > 0) {
        if (remaining > 0) {
          const take = Math.min(remaining, pending.length);
          remaining -= take;
          pending = pending.subarray(take);
          if (inAnswer && remaining === 0) {
            socket.destroy();
            return resolve({ totalMs: performance.now() - started, answerMs: answerAt - stepOneSentAt, bytes: answerBytes });
          }
          continue;
        }
        if (pending.length < 2) return;
        let length = pending[1] & 127;
        let offset = 2;
        if (length === 126) {
          if (pending.length < 4) return;
          length = pending.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (pending.length < 10) return;
          length = Number(pending.readBigUInt64BE(2));
          offset = 10;
        }
        if (pending.length < offset + 2) return;
        // y-websocket sync step 2 starts with [0, 1]; anything else (step 1, awareness) is skipped.
        if (pending[offset] === 0 && pending[offset + 1] === 1) {
          inAnswer = true;
          answerAt = performance.now();
          answerBytes = length;
        }
        remaining = length;
        pending = pending.subarray(offset);
        if (remaining === 0 && inAnswer) return resolve({ totalMs: performance.now() - started, answerMs: 0, bytes: 0 });
      }
    });
  });
}
