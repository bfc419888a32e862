import type * as Y from 'yjs';

/** One line of 展品配对列表 (R1.8): "您的 X 已被推荐给采购商", at a Beijing time. */
export interface MatchLogEntry {
  id: string;
  at: number;
  exhibitId: string;
  exhibitNameZh: string;
  exhibitNameEn: string;
  buyerId: string;
  intentId: string;
}

/** `co:{cid}:matches`: the company's matching list, newest last; agent-written only. */
export function matchLog(doc: Y.Doc): Y.Array<MatchLogEntry> {
  return doc.getArray('log');
}
