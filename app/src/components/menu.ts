import { can, type MessageKey, type Permission, type Principal } from '@fairdesk/shared';

/**
 * The fair's menu (云展厅管理). Only entries that work are shown: a group appears once one of its
 * pages is built, so nobody lands on an empty page.
 */
export interface MenuGroup {
  label: MessageKey;
  /** An item with a permission shows only to accounts holding it (the main account holds all). */
  items: { label: MessageKey; path: string; permission?: Permission }[];
}

const MENU: MenuGroup[] = [
  { label: 'nav.overview', items: [] },
  { label: 'nav.chat', items: [] },
  { label: 'nav.events', items: [] },
  { label: 'nav.intents', items: [{ label: 'matches.nav', path: '/desk/matches', permission: 'matchingList' }] },
  { label: 'nav.messages', items: [] },
  { label: 'nav.showcase', items: [{ label: 'nav.exhibits', path: '/desk/exhibits' }] },
  { label: 'nav.cards', items: [] },
  { label: 'nav.organisation', items: [] },
];

export function visibleMenu(principal: Principal): MenuGroup[] {
  return MENU.map((g) => ({ ...g, items: g.items.filter((i) => !i.permission || can(principal, i.permission)) })).filter(
    (g) => g.items.length > 0,
  );
}
