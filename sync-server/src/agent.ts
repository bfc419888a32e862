import type * as Y from 'yjs';
import { parseDocName } from '@fairdesk/shared';
import type { DocHub } from './doc-hub.ts';

/**
 * The server's own writer (DESIGN.md, "Trusted rules"). Its changes take the same path as a
 * client's update — persist, then broadcast — so they survive a crash and reach every open peer.
 */
export interface Agent {
  withDoc(name: string, change: (doc: Y.Doc) => void): Promise<void>;
}

export function createAgent(hub: DocHub): Agent {
  return {
    withDoc(name, change) {
      if (!parseDocName(name)) return Promise.reject(new Error(`not a doc name: ${name}`));
      return hub.withDoc(name, change);
    },
  };
}
