import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

/** The y-websocket protocol's outer message types. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** y-protocols/sync inner types. */
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** y-protocols/auth: the only auth message. */
const PERMISSION_DENIED = 0;

/** One message from a client, decoded only as far as the envelope (the payload stays bytes). */
export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2' | 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

export class MalformedMessage extends Error {}

/** Reads the envelope; anything unknown or truncated is a MalformedMessage. */
export function readClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SYNC_STEP1) return { kind: 'syncStep1', stateVector: payload };
        if (step === SYNC_STEP2) return { kind: 'syncStep2', update: payload };
        if (step === SYNC_UPDATE) return { kind: 'update', update: payload };
        throw new MalformedMessage(`unknown sync message type ${step}`);
      }
      case MESSAGE_AWARENESS:
        return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
      case MESSAGE_QUERY_AWARENESS:
        return { kind: 'queryAwareness' };
      case MESSAGE_AUTH:
        return { kind: 'auth' };
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(`truncated or malformed message (${error instanceof Error ? error.message : 'unreadable'})`);
  }
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Message = (stateVector: Uint8Array): Uint8Array => syncMessage(SYNC_STEP1, stateVector);
export const syncStep2Message = (update: Uint8Array): Uint8Array => syncMessage(SYNC_STEP2, update);
export const updateMessage = (update: Uint8Array): Uint8Array => syncMessage(SYNC_UPDATE, update);

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** What y-websocket's client hands to its permission-denied handler. */
export function permissionDeniedMessage(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  encoding.writeVarUint(encoder, PERMISSION_DENIED);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** An awareness update about nobody: keeps y-websocket's 30 s "no message received" watchdog quiet. */
export const KEEPALIVE_MESSAGE = awarenessMessage(new Uint8Array([0]));
