import { describe, expect, it } from 'vitest';
import { allocate, seededRandom, type AllocationInput } from './allocation.ts';
import { PERMISSIONS, type Account, type Permission } from '../model/account.ts';
import type { AccountId, CompanyId, SectionId } from '../model/ids.ts';

type A = AllocationInput['accounts'][number];
const acc = (id: string, role: 'main' | 'sub', permissions: readonly Permission[], sectionIds: string[] = [], disabled = false): A => ({
  id: id as AccountId,
  role,
  permissions: [...permissions],
  sectionIds: sectionIds as SectionId[],
  disabled,
});
const all = PERMISSIONS;
const none: Permission[] = [];
const main = acc('main', 'main', none);

function run(over: Partial<AllocationInput>) {
  return allocate({ kind: 'intent', mode: 'automatic', exhibit: null, accounts: [main], random: seededRandom(1), ...over });
}

describe('allocation (R2.2, R2.3)', () => {
  it('manual mode gives everything to the main account, even with linked salespeople', () => {
    const s1 = acc('s1', 'sub', all);
    expect(run({ mode: 'manual', accounts: [main, s1], exhibit: { salespersonIds: ['s1'], sectionId: '' } })).toEqual({ accountId: 'main', reason: 'manual' });
  });

  it('prefers the exhibit’s linked salesperson over the section’s', () => {
    const linked = acc('linked', 'sub', all);
    const bySection = acc('bySection', 'sub', all, ['sec1']);
    expect(run({ accounts: [main, linked, bySection], exhibit: { salespersonIds: ['linked'], sectionId: 'sec1' } })).toEqual({
      accountId: 'linked',
      reason: 'linkedSalesperson',
    });
  });

  it('falls back to the section’s sub-accounts, then to the main account', () => {
    const bySection = acc('bySection', 'sub', all, ['sec1']);
    const other = acc('other', 'sub', all, ['sec2']);
    expect(run({ accounts: [main, bySection, other], exhibit: { salespersonIds: [], sectionId: 'sec1' } })?.accountId).toBe('bySection');
    expect(run({ accounts: [main, bySection, other], exhibit: { salespersonIds: [], sectionId: 'sec3' } })).toEqual({ accountId: 'main', reason: 'main' });
    expect(run({ accounts: [main, bySection], exhibit: null })?.accountId).toBe('main');
  });

  it('never picks an account without the receive permission, or a disabled one', () => {
    const noPerm = acc('noPerm', 'sub', all.filter((p) => p !== 'receiveIntents'), ['sec1']);
    const disabled = acc('disabled', 'sub', all, ['sec1'], true);
    const exhibit = { salespersonIds: ['noPerm', 'disabled'], sectionId: 'sec1' };
    expect(run({ accounts: [main, noPerm, disabled], exhibit })?.accountId).toBe('main');
    // Chats look at the chat permission instead.
    const chatOnly = acc('chatOnly', 'sub', ['receiveChats']);
    expect(run({ kind: 'chat', accounts: [main, chatOnly], exhibit: { salespersonIds: ['chatOnly'], sectionId: '' } })?.accountId).toBe('chatOnly');
    expect(run({ kind: 'intent', accounts: [main, chatOnly], exhibit: { salespersonIds: ['chatOnly'], sectionId: '' } })?.accountId).toBe('main');
  });

  it('has no one to give to when the company has no enabled main account', () => {
    expect(run({ accounts: [acc('s', 'sub', all)] })).toBeNull();
  });

  it('exhaustively follows the order for every combination of link, section and permission', () => {
    for (const linkedHasPerm of [true, false])
      for (const sectionHasPerm of [true, false])
        for (const exhibitLinked of [true, false])
          for (const exhibitInSection of [true, false])
            for (const mode of ['automatic', 'manual'] as const) {
              const linked = acc('linked', 'sub', linkedHasPerm ? all : none);
              const sec = acc('sec', 'sub', sectionHasPerm ? all : none, ['sec1']);
              const exhibit = { salespersonIds: exhibitLinked ? ['linked'] : [], sectionId: exhibitInSection ? 'sec1' : 'sec9' };
              const got = run({ mode, accounts: [main, linked, sec], exhibit })?.accountId;
              const expected =
                mode === 'manual' ? 'main' : exhibitLinked && linkedHasPerm ? 'linked' : exhibitInSection && sectionHasPerm ? 'sec' : 'main';
              expect(got, JSON.stringify({ linkedHasPerm, sectionHasPerm, exhibitLinked, exhibitInSection, mode })).toBe(expected);
            }
  });

  it('chooses at random among several linked salespeople, repeatably for a seed, and over many draws chooses each', () => {
    const sales = ['a', 'b', 'c', 'd'].map((id) => acc(id, 'sub', all));
    const exhibit = { salespersonIds: ['a', 'b', 'c', 'd'], sectionId: '' };
    const draw = (seed: number, n: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: n }, () => allocate({ kind: 'intent', mode: 'automatic', exhibit, accounts: [main, ...sales], random })!.accountId);
    };
    expect(draw(7, 50)).toEqual(draw(7, 50));
    const counts = new Map<string, number>();
    for (const id of draw(11, 2000)) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(350);
  });

  it('works with accounts read from the profile doc (the Account type)', () => {
    const full: Account = { id: 's' as AccountId, companyId: 'c' as CompanyId, login: 's', name: 'S', role: 'sub', permissions: [...all], sectionIds: [], disabled: false };
    expect(run({ accounts: [main, full], exhibit: { salespersonIds: ['s'], sectionId: '' } })?.accountId).toBe('s');
  });
});
