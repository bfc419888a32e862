import { describe, expect, it } from 'vitest';
import type { Account, AccountId, CompanyId, Permission, Principal } from '@fairdesk/shared';
import { visibleMenu, withLivePermissions } from './menu.ts';

const account = (role: 'main' | 'sub', permissions: Permission[]): Principal => ({
  kind: 'account',
  id: 'a1' as AccountId,
  companyId: 'co1' as CompanyId,
  role,
  permissions,
});

const paths = (p: Principal) => visibleMenu(p).flatMap((g) => g.items.map((i) => i.path));

describe('the desk menu', () => {
  it('shows 展品配对列表 to the main account and to sub-accounts holding matchingList only', () => {
    expect(paths(account('main', []))).toContain('/desk/matches');
    expect(paths(account('sub', ['matchingList']))).toContain('/desk/matches');
    expect(paths(account('sub', ['receiveIntents']))).not.toContain('/desk/matches');
    expect(paths(account('sub', []))).toContain('/desk/exhibits');
  });
});

describe('the intent and notification entries', () => {
  it('shows 全部采购意向 to the main account only, 我收到的采购意向 and 消息通知 by permission', () => {
    expect(paths(account('main', []))).toEqual(expect.arrayContaining(['/desk/overview', '/desk/intents/all', '/desk/intents/mine', '/desk/notifications']));
    const sub = paths(account('sub', ['receiveIntents', 'notifications', 'viewIntentDetail']));
    expect(sub).toEqual(expect.arrayContaining(['/desk/overview', '/desk/intents/mine', '/desk/notifications']));
    expect(sub).not.toContain('/desk/intents/all');
    const bare = paths(account('sub', []));
    expect(bare).not.toContain('/desk/intents/mine');
    expect(bare).not.toContain('/desk/notifications');
  });
});

describe('menu after a permission change', () => {
  it('follows the permissions the profile doc shows for the signed-in account', () => {
    const signedIn: Principal = { kind: 'account', id: 's1' as AccountId, companyId: 'c' as CompanyId, role: 'sub', permissions: [] };
    const labels = (p: Principal) => visibleMenu(p).flatMap((g) => g.items.map((i) => i.label));
    expect(labels(signedIn)).not.toContain('matches.nav');
    const live: Account = { id: 's1' as AccountId, companyId: 'c' as CompanyId, login: 's1', name: 'S', role: 'sub', permissions: ['matchingList'], sectionIds: [], disabled: false };
    expect(labels(withLivePermissions(signedIn, [live]))).toContain('matches.nav');
    expect(withLivePermissions(signedIn, [])).toBe(signedIn);
  });
});
