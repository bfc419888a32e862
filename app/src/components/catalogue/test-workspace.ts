import {
  writeAccount,
  writeCompany,
  type Account,
  type AccountId,
  type CompanyId,
  type Permission,
  type SectionId,
} from '@fairdesk/shared';
import { Workspace } from '../../sync/workspace.ts';
import { CatalogState } from '../../state/catalog.svelte.ts';
import { ProfileState } from '../../state/profile.svelte.ts';
import type { Session } from '../../sync/session.ts';

const open: Workspace[] = [];

export const SUBS: Account[] = [
  { id: 'sales-li' as AccountId, companyId: 'co1' as CompanyId, login: 'li', name: '李业务', role: 'sub', permissions: [], sectionIds: [], disabled: false },
  { id: 'sales-zhang' as AccountId, companyId: 'co1' as CompanyId, login: 'zhang', name: '张业务', role: 'sub', permissions: [], sectionIds: [], disabled: false },
];

/**
 * A real workspace on this (jsdom) device, kept offline: the page works from local data alone.
 * What the agent would write (quota, outcomes) is written into the local docs by the test.
 */
export function openWorkspace(role: 'main' | 'sub', permissions: Permission[] = []) {
  const session: Session = {
    token: 'offline-test',
    account: { id: `acc-${crypto.randomUUID().slice(0, 8)}`, companyId: 'co1', role, name: 'Test', permissions },
  };
  const workspace = new Workspace(session, 'ws://127.0.0.1:9/sync');
  workspace.setOnline(false);
  open.push(workspace);
  const profileDoc = workspace.doc('profile')!.doc;
  writeCompany(profileDoc, {
    id: 'co1' as CompanyId,
    nameZh: '测试公司',
    nameEn: 'Test Co',
    vip: false,
    brand: false,
    badges: [],
    sections: [
      { id: 'sec-1' as SectionId, nameZh: '五金', nameEn: 'Hardware' },
      { id: 'sec-2' as SectionId, nameZh: '汽车配件', nameEn: 'Auto parts' },
    ],
  });
  for (const a of SUBS) writeAccount(profileDoc, a);
  const catalog = new CatalogState(workspace);
  const profile = new ProfileState(workspace);
  return { workspace, catalog, profile };
}

export async function closeWorkspaces(): Promise<void> {
  for (const w of open.splice(0)) await w.purge();
}
