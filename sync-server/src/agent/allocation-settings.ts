import { allocationSettingsMap } from '@fairdesk/shared';
import type { DocHandle } from './doc-handle.ts';

/**
 * R2.1: the allocation settings in `co:{cid}:fair`. At start the agent writes the server's
 * deadline and the default modes (automatic) where none were chosen yet; the main account changes
 * a mode with a setAllocation request until the deadline (see intents-desk.ts).
 */
export function ensureAllocationSettings(fair: DocHandle, deadline: number): void {
  const m = allocationSettingsMap(fair.doc);
  const missing = (['chatMode', 'intentMode'] as const).filter((k) => m.get(k) !== 'automatic' && m.get(k) !== 'manual');
  if (m.get('deadline') === deadline && missing.length === 0) return;
  fair.write((doc) => {
    const map = allocationSettingsMap(doc);
    if (map.get('deadline') !== deadline) map.set('deadline', deadline);
    for (const k of missing) map.set(k, 'automatic');
  });
}
