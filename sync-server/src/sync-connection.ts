import * as Y from 'yjs';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { WebSocket, RawData } from 'ws';
import type { Access, DocRef } from '@fairdesk/shared';
import type { DocHub } from './doc-hub.ts';
import type { DocRoom, RoomPeer } from './doc-room.ts';
import { log } from './log.ts';
import { TokenBucket } from './rate-limit.ts';
import type { TokenClaims } from './tokens.ts';
import {
  KEEPALIVE_MESSAGE,
  MalformedMessage,
  awarenessMessage,
  permissionDeniedMessage,
  readClientMessage,
  syncStep1Message,
  type ClientMessage,
} from './sync-messages.ts';

/** Close codes. 44xx are final for y-websocket's client; the others make it reconnect. */
export const CLOSE = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  policy: 1008,
  internalError: 1011,
  tryAgainLater: 1013,
  unauthenticated: 4401,
  forbidden: 4403,
} as const;

export interface ConnectionLimits {
  messagesBurst: number;
  messagesPerSecond: number;
  /** A peer with more than this many bytes queued for it (or waiting from it) is dropped. */
  maxBufferedBytes: number;
}

/** The [0, 0] empty update a client may send with nothing to say; not worth a refusal. */
const isEmptyUpdate = (update: Uint8Array) => update.length === 2 && update[0] === 0 && update[1] === 0;

/** A close reason must fit in a control frame (123 bytes). */
const shortReason = (reason: string) => (Buffer.byteLength(reason) > 120 ? Buffer.from(reason).subarray(0, 120).toString() : reason);

/** One WebSocket on one doc, for one verified account with one access level. */
export class SyncConnection implements RoomPeer {
  readonly awarenessClients = new Set<number>();
  lastSentAt = Date.now();
  answeredPing = true;
  private room: DocRoom | null = null;
  /** Messages that arrived while the doc was loading, and their size. */
  private waiting: Uint8Array[] = [];
  private waitingBytes = 0;
  private closed = false;
  private readonly bucket: TokenBucket;

  constructor(
    private readonly ws: WebSocket,
    readonly docName: string,
    readonly ref: DocRef,
    public access: Exclude<Access, 'none'>,
    readonly claims: TokenClaims,
    private readonly hub: DocHub,
    private readonly limits: ConnectionLimits,
    private readonly registry: Set<SyncConnection>,
  ) {
    this.bucket = new TokenBucket(limits.messagesBurst, limits.messagesPerSecond);
  }

  start(): void {
    this.registry.add(this);
    this.ws.on('message', (data: RawData, isBinary: boolean) => this.receive(data, isBinary));
    this.ws.on('pong', () => (this.answeredPing = true));
    this.ws.on('error', (error) => log.warn(`socket error on ${this.docName}`, error));
    this.ws.on('close', () => this.cleanUp());
    this.hub.acquire(this.docName).then(
      (room) => this.attach(room),
      (error: unknown) => {
        log.error(`could not load ${this.docName}`, error);
        this.close(CLOSE.internalError, 'could not load the doc');
      },
    );
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.tryAgainLater, 'too slow: too much unread data queued');
      return;
    }
    this.lastSentAt = Date.now();
    this.ws.send(message);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, shortReason(reason));
    this.cleanUp();
  }

  /** Called every few seconds: dead peers are dropped, idle ones get a sign of life. */
  heartbeat(pingDue: boolean): void {
    if (pingDue) {
      if (!this.answeredPing) {
        this.ws.terminate();
        this.cleanUp();
        return;
      }
      this.answeredPing = false;
      this.ws.ping();
    }
    if (this.room && Date.now() - this.lastSentAt > 10_000) this.send(KEEPALIVE_MESSAGE);
  }

  private attach(room: DocRoom): void {
    if (this.closed) {
      this.hub.release(room);
      return;
    }
    this.room = room;
    room.join(this);
    // Writers are asked for what they have; readers are not, since it would be dropped anyway.
    if (this.access === 'write') this.send(syncStep1Message(Y.encodeStateVector(room.doc)));
    if (room.awareness.getStates().size > 0) {
      this.send(awarenessMessage(encodeAwarenessUpdate(room.awareness, [...room.awareness.getStates().keys()])));
    }
    const waiting = this.waiting;
    this.waiting = [];
    for (const data of waiting) if (!this.closed) this.handle(room, data);
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!this.bucket.take()) return this.close(CLOSE.policy, 'too many messages per second');
    if (!isBinary) return this.close(CLOSE.unsupportedData, 'text messages are not part of the sync protocol');
    const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    if (this.room) return this.handle(this.room, bytes);
    this.waitingBytes += bytes.length;
    if (this.waitingBytes > this.limits.maxBufferedBytes) return this.close(CLOSE.policy, 'too much data before the doc was loaded');
    this.waiting.push(bytes);
  }

  private handle(room: DocRoom, data: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = readClientMessage(data);
    } catch (error) {
      return this.close(CLOSE.invalidPayload, error instanceof MalformedMessage ? error.message : 'malformed message');
    }
    try {
      this.dispatch(room, message);
    } catch (error) {
      if (room.isBroken) return;
      const detail = error instanceof Error ? error.message : 'unreadable';
      log.warn(`closing a connection to ${this.docName}: ${message.kind} refused`, detail);
      this.close(CLOSE.invalidPayload, `${message.kind} refused: ${detail}`);
    }
  }

  private dispatch(room: DocRoom, message: ClientMessage): void {
    switch (message.kind) {
      case 'syncStep1':
        Y.decodeStateVector(message.stateVector); // throws on a malformed vector, before queueing
        room.sendStateTo(this, message.stateVector);
        return;
      case 'syncStep2':
      case 'update':
        if (this.access !== 'write') {
          if (!isEmptyUpdate(message.update)) {
            this.send(permissionDeniedMessage(`read-only: your changes to ${this.docName} were not saved`));
          }
          return;
        }
        room.applyClientUpdate(message.update, this);
        return;
      case 'awareness':
        // Readers' presence is not shared: on show:{cid} it would tell buyers about each other.
        if (this.access === 'write') applyAwarenessUpdate(room.awareness, message.update, this);
        return;
      case 'queryAwareness':
        this.send(awarenessMessage(encodeAwarenessUpdate(room.awareness, [...room.awareness.getStates().keys()])));
        return;
      case 'auth':
        return;
    }
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiting = [];
    this.registry.delete(this);
    if (this.room) {
      this.room.leave(this);
      this.hub.release(this.room);
      this.room = null;
    }
  }
}
