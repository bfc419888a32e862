import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, type Permission, type Principal } from './account.ts';
import type { AccountId, BuyerId, CompanyId } from './ids.ts';

const account = (role: 'main' | 'sub', permissions: Permission[]): Principal => ({
  kind: 'account',
  id: 'acc' as AccountId,
  companyId: 'co' as CompanyId,
  role,
  permissions,
});

describe('can (R0.6)', () => {
  it('the main account holds every permission, even with none ticked', () => {
    for (const p of PERMISSIONS) expect(can(account('main', []), p)).toBe(true);
  });

  it('a sub-account holds exactly the permissions ticked for it', () => {
    const ticked: Permission[] = ['receiveIntents', 'sendCard'];
    const sub = account('sub', ticked);
    for (const p of PERMISSIONS) expect(can(sub, p)).toBe(ticked.includes(p));
  });

  it('a sub-account with nothing ticked can do nothing', () => {
    for (const p of PERMISSIONS) expect(can(account('sub', []), p)).toBe(false);
  });

  it('a buyer holds no exhibitor permission', () => {
    const buyer: Principal = { kind: 'buyer', id: 'b1' as BuyerId };
    for (const p of PERMISSIONS) expect(can(buyer, p)).toBe(false);
  });

  it('lists the eleven R0.6 permissions plus the catalogue right', () => {
    expect(PERMISSIONS).toHaveLength(12);
    expect(new Set(PERMISSIONS).size).toBe(12);
    expect(PERMISSIONS).toContain('editExhibits');
  });
});
