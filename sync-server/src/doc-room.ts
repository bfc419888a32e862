import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { DocStorage } from './doc-storage.ts';
import { log } from './log.ts';
import { SerialQueue } from './serial-queue.ts';
import { awarenessMessage, syncStep2Message, updateMessage } from './sync-messages.ts';
import { checkClientUpdate } from './update-guard.ts';

/** A connection as a room sees it: something to send to, and the awareness ids it speaks for. */
export interface RoomPeer {
  send(message: Uint8Array): void;
  readonly awarenessClients: Set<number>;
}

export interface RoomLimits {
  compactAfterRows: number;
  compactDelayMs: number;
}

export class RejectedUpdate extends Error {}

/** Transaction origin of the server's own writes (the agent). */
export const AGENT_ORIGIN = Symbol('agent');

const EMPTY_STATE_VECTOR_LENGTH = 1;

/**
 * One open doc: the Y.Doc, its awareness and the peers connected to it. Every change, from a
 * client or the agent, takes one path: Yjs `update` event → append to storage → broadcast, in
 * that order through one queue, so no peer ever receives bytes that are not stored yet.
 */
export class DocRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<RoomPeer>();
  private readonly queue: SerialQueue;
  private fullStateMessage: Uint8Array | null = null;
  /** Updates of the current tick: stored as one row, then broadcast as one message. */
  private unstored: { update: Uint8Array; origin: unknown }[] = [];
  private rows: number;
  private compactTimer: NodeJS.Timeout | null = null;
  private broken = false;

  constructor(
    readonly name: string,
    private readonly storage: DocStorage,
    stored: Uint8Array[],
    private readonly limits: RoomLimits,
    onBroken: (room: DocRoom, error: unknown) => void,
  ) {
    this.queue = new SerialQueue((error) => {
      if (this.broken) return;
      this.broken = true;
      onBroken(this, error);
    });
    // Stored bytes were encoded by this server, never taken raw from a client.
    Y.transact(this.doc, () => stored.forEach((update) => Y.applyUpdate(this.doc, update)));
    this.rows = stored.length;
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwareness);
    if (this.rows > limits.compactAfterRows) this.scheduleCompaction();
  }

  get isBroken(): boolean {
    return this.broken;
  }

  /** Validates and applies a writer's update; throws (and changes nothing) if it is refused. */
  applyClientUpdate(update: Uint8Array, from: RoomPeer): void {
    const problem = checkClientUpdate(update);
    if (problem) throw new RejectedUpdate(problem);
    Y.applyUpdate(this.doc, update, from);
  }

  /**
   * Answers a sync step 1. A client with nothing gets the cached full state (encoded once per
   * change of the doc, not per join); a client that has some gets only what it lacks.
   */
  sendStateTo(peer: RoomPeer, stateVector: Uint8Array): void {
    this.storeUnstored();
    this.queue.run(() => {
      if (this.broken) return;
      // With a storage that answers later, changes may have come in meanwhile: store them first.
      if (this.unstored.length > 0) return this.sendStateTo(peer, stateVector);
      if (stateVector.length === EMPTY_STATE_VECTOR_LENGTH) {
        this.fullStateMessage ??= syncStep2Message(Y.encodeStateAsUpdate(this.doc));
        peer.send(this.fullStateMessage);
      } else {
        peer.send(syncStep2Message(Y.encodeStateAsUpdate(this.doc, stateVector)));
      }
    });
  }

  join(peer: RoomPeer): void {
    this.peers.add(peer);
  }

  leave(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0) removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
  }

  /** Resolves when everything changed so far is stored (and broadcast). */
  whenStored(): Promise<void> {
    this.storeUnstored();
    return this.queue.idle();
  }

  /** Replaces the doc's stored rows with one merged state, in the write queue's order. */
  compact(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = null;
    this.storeUnstored();
    this.queue.run(() => {
      if (this.broken || this.rows <= 1) return;
      const state = Y.encodeStateAsUpdate(this.doc);
      this.rows = 1;
      return this.storage.compact(this.name, state);
    });
  }

  /** Compacts, waits for storage, and frees the doc. */
  async close(): Promise<void> {
    this.compact();
    await this.queue.idle();
    this.doc.destroy();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullStateMessage = null;
    this.unstored.push({ update, origin });
    // All messages of one socket read arrive in one task; they share one commit and one message.
    if (this.unstored.length === 1) queueMicrotask(() => this.storeUnstored());
  };

  /**
   * Queues the pending updates: stored first, then broadcast, encoded once for all peers. A batch
   * is merged into one update (one row, one message per peer). Merging is safe here because these
   * bytes come from Yjs' own update events, never raw from a client.
   */
  private storeUnstored(): void {
    if (this.unstored.length === 0) return;
    const batch = this.unstored;
    this.unstored = [];
    let merged = batch;
    if (batch.length > 1) {
      try {
        // Peers get their own edits back only when a batch mixes senders; Yjs ignores the echo.
        const origin = batch.every((b) => b.origin === batch[0].origin) ? batch[0].origin : null;
        merged = [{ update: Y.mergeUpdates(batch.map((b) => b.update)), origin }];
      } catch (error) {
        log.warn(`could not merge a batch of ${this.name}; storing it update by update`, error);
      }
    }
    for (const { update, origin } of merged) {
      const message = updateMessage(update);
      this.rows++;
      this.queue.run(() => (this.broken ? undefined : this.storage.appendUpdate(this.name, update)));
      this.queue.run(() => {
        if (this.broken) return;
        for (const peer of this.peers) if (peer !== origin) peer.send(message);
      });
    }
    if (this.rows > this.limits.compactAfterRows) this.scheduleCompaction();
  }

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const from = origin as RoomPeer;
    if (this.peers.has(from)) {
      change.added.forEach((id) => from.awarenessClients.add(id));
      change.removed.forEach((id) => from.awarenessClients.delete(id));
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    const message = awarenessMessage(encodeAwarenessUpdate(this.awareness, changed));
    // The sender gets its own state back too: y-websocket's client counts that as a sign of life.
    for (const peer of this.peers) peer.send(message);
  };

  private scheduleCompaction(): void {
    if (this.compactTimer || this.broken) return;
    // Off the hot path: a burst of edits pays for one encode per delay, not one per edit.
    this.compactTimer = setTimeout(() => this.compact(), this.limits.compactDelayMs);
  }
}
