import type * as Y from 'yjs';
import type { IntentProgress } from '../model/intent.ts';

/**
 * What the buyer sees of its purchase intents to companies (R6.1): the agent keeps one status
 * entry per intent in `feed:{bid}` (agent only; the buyer reads it), keyed by the intent id.
 */
export interface FeedIntentStatus {
  /** The buyer's postIntent request this intent came from. */
  requestId: string;
  companyId: string;
  companyNameZh: string;
  companyNameEn: string;
  exhibitNameZh: string;
  exhibitNameEn: string;
  quantity: number;
  unit: string;
  progress: IntentProgress;
  at: number;
}

export function feedIntentsMap(doc: Y.Doc): Y.Map<FeedIntentStatus> {
  return doc.getMap('intents');
}
