import * as Y from 'yjs';

/**
 * Checks a client's v1 update before the doc sees it. Costs one extra linear decode.
 *
 * Why v1 is safe from the yjs #687 kind of message: the v2 format run-length-encodes counts, so a
 * few bytes can claim billions of structs and hang `applyUpdateV2` or `mergeUpdates*`. The v1
 * format has no run lengths: every struct, content item and delete range read consumes bytes,
 * and lib0's decoder throws at the end of the message, so decoding is linear in the message size
 * (which ws caps). The server therefore never merges and never v2-decodes client bytes.
 *
 * Applying is a different matter: `readAndApplyDeleteSet` walks the doc's structs for every
 * delete range, so thousands of overlapping ranges over a big doc cost ranges × structs
 * (measured: a 400 KB message held the thread for 16 s). Yjs itself only ever encodes sorted,
 * non-overlapping ranges, so anything else is refused here.
 */
export function checkClientUpdate(update: Uint8Array): string | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return `undecodable update (${error instanceof Error ? error.message : 'unreadable'})`;
  }
  for (const [client, ranges] of decoded.ds.clients) {
    let end = -1;
    for (const range of ranges) {
      if (range.clock < end) return `overlapping or unsorted delete ranges for client ${client}`;
      end = range.clock + range.len;
    }
  }
  return null;
}
