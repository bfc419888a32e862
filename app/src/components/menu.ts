import { can, type Account, type MessageKey, type Permission, type Principal } from '@fairdesk/shared';

/**
 * The fair's menu (云展厅管理). Only entries that work are shown: a group appears once one of its
 * pages is built, so nobody lands on an empty page.
 */
export interface MenuItem {
  label: MessageKey;
  path: string;
  permission?: Permission;
  /** Only the main account (全部采购意向). */
  mainOnly?: boolean;
  /** Shows the unread notifications badge ("9+"). */
  badge?: 'notifications';
}

export interface MenuGroup {
  label: MessageKey;
  /** An item with a permission shows only to accounts holding it (the main account holds all). */
  items: MenuItem[];
}

const MENU: MenuGroup[] = [
  { label: 'nav.overview', items: [{ label: 'nav.overview', path: '/desk/overview' }] },
  { label: 'nav.chat', items: [] },
  { label: 'nav.events', items: [] },
  {
    label: 'nav.intents',
    items: [
      { label: 'matches.nav', path: '/desk/matches', permission: 'matchingList' },
      { label: 'intentList.nav.all', path: '/desk/intents/all', mainOnly: true },
      { label: 'intentList.nav.mine', path: '/desk/intents/mine', permission: 'receiveIntents' },
    ],
  },
  { label: 'nav.messages', items: [{ label: 'notifications.title', path: '/desk/notifications', permission: 'notifications', badge: 'notifications' }] },
  { label: 'nav.showcase', items: [{ label: 'nav.exhibits', path: '/desk/exhibits' }] },
  { label: 'nav.cards', items: [] },
  {
    label: 'nav.organisation',
    items: [
      { label: 'org.nav.accounts', path: '/desk/org/accounts', mainOnly: true },
      { label: 'org.nav.permissions', path: '/desk/org/permissions', mainOnly: true },
    ],
  },
];

export function visibleMenu(principal: Principal): MenuGroup[] {
  return MENU.map((g) => ({ ...g, items: g.items.filter((i) => (!i.permission || can(principal, i.permission)) && (!i.mainOnly || isMain(principal))) })).filter(
    (g) => g.items.length > 0,
  );
}

/**
 * The signed-in principal with the permissions the profile doc now shows for it: the server
 * mirrors every permission change there, so the menu follows without signing in again.
 */
export function withLivePermissions(p: Principal, accounts: readonly Account[]): Principal {
  if (p.kind !== 'account') return p;
  const live = accounts.find((a) => a.id === p.id);
  return live ? { ...p, permissions: live.permissions } : p;
}

function isMain(p: Principal): boolean {
  return p.kind === 'account' && p.role === 'main';
}
