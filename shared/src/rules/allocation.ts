import type { Account, Permission } from '../model/account.ts';
import type { AccountId, SectionId } from '../model/ids.ts';

/** R2.1: 系统自动分配 (automatic, the default) or 主账号手动分配 (manual). */
export type AllocationMode = 'automatic' | 'manual';

/** What is being allocated decides which receive permission (R0.6) makes an account eligible. */
export type AllocationKind = 'intent' | 'chat';

const RECEIVE: Record<AllocationKind, Permission> = { intent: 'receiveIntents', chat: 'receiveChats' };

export interface AllocationInput {
  kind: AllocationKind;
  mode: AllocationMode;
  /** The exhibit the intent or chat is about, if any. */
  exhibit: { salespersonIds: readonly string[]; sectionId: string } | null;
  accounts: readonly Pick<Account, 'id' | 'role' | 'permissions' | 'sectionIds' | 'disabled'>[];
  /** A number in [0, 1); seeded in tests so draws repeat. */
  random: () => number;
}

export type AllocationReason = 'manual' | 'linkedSalesperson' | 'section' | 'main';

/**
 * R2.2/R2.3: manual mode gives everything to the main account. Automatic mode prefers the
 * exhibit's linked salespeople (one at random among several), then the sub-accounts linked to
 * the exhibit's section (likewise), then the main account. Only enabled sub-accounts holding
 * the receive permission are eligible; the main account always is.
 */
export function allocate(input: AllocationInput): { accountId: AccountId; reason: AllocationReason } | null {
  const main = input.accounts.find((a) => a.role === 'main' && !a.disabled);
  if (!main) return null;
  if (input.mode === 'manual') return { accountId: main.id, reason: 'manual' };
  const permission = RECEIVE[input.kind];
  const eligible = input.accounts.filter((a) => a.role === 'sub' && !a.disabled && a.permissions.includes(permission));
  const pick = (pool: typeof eligible) => pool[Math.min(pool.length - 1, Math.floor(input.random() * pool.length))];

  if (input.exhibit) {
    const linked = eligible.filter((a) => input.exhibit!.salespersonIds.includes(a.id));
    if (linked.length) return { accountId: pick(linked).id, reason: 'linkedSalesperson' };
    const section = input.exhibit.sectionId as SectionId;
    const bySection = section ? eligible.filter((a) => a.sectionIds.includes(section)) : [];
    if (bySection.length) return { accountId: pick(bySection).id, reason: 'section' };
  }
  return { accountId: main.id, reason: 'main' };
}

/** mulberry32: a small seeded PRNG, so allocation tests and replays draw the same numbers. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
