import type { MessageKey } from '@fairdesk/shared';

/**
 * The fair's menu (云展厅管理). Only entries that work are shown: a group appears once one of its
 * pages is built, so nobody lands on an empty page.
 */
export interface MenuGroup {
  label: MessageKey;
  items: { label: MessageKey; path: string }[];
}

const MENU: MenuGroup[] = [
  { label: 'nav.overview', items: [] },
  { label: 'nav.chat', items: [] },
  { label: 'nav.events', items: [] },
  { label: 'nav.intents', items: [] },
  { label: 'nav.messages', items: [] },
  { label: 'nav.showcase', items: [{ label: 'nav.exhibits', path: '/desk/exhibits' }] },
  { label: 'nav.cards', items: [] },
  { label: 'nav.organisation', items: [] },
];

export function visibleMenu(): MenuGroup[] {
  return MENU.filter((g) => g.items.length > 0);
}
