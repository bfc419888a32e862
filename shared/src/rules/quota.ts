import type { Company } from '../model/company.ts';
import type { DisplayStatus } from '../model/exhibit.ts';
import type { MessageKey } from '../i18n/keys.ts';

/**
 * R1.5: VIP or brand enterprise 50 × sections, all others 30 × sections; being both does not
 * count twice. The quota is shared by all sections and accounts and spent until used up.
 */
export function recommendQuota(company: Pick<Company, 'vip' | 'brand' | 'sections'>): number {
  return (company.vip || company.brand ? 50 : 30) * company.sections.length;
}

export interface QuotaState {
  total: number;
  spent: number;
}

export function remaining(q: QuotaState): number {
  return Math.max(0, q.total - q.spent);
}

export type RecommendDecision = { accepted: true } | { accepted: false; reason: MessageKey };

/**
 * R1.6: only an exhibit in the catalogue and listed can be recommended; at zero the request is
 * refused. The agent applies requests one at a time in arrival order, so two devices can never
 * spend more than the quota between them.
 */
export function decideRecommend(q: QuotaState, exhibit: { status: DisplayStatus } | null): RecommendDecision {
  if (!exhibit) return { accepted: false, reason: 'error.notFound' };
  if (exhibit.status !== 'listed') return { accepted: false, reason: 'recommend.notListed' };
  if (remaining(q) <= 0) return { accepted: false, reason: 'error.quotaExhausted' };
  return { accepted: true };
}
