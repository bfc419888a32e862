import { readAccounts, readCompanyFromDoc, type Account, type Company } from '@fairdesk/shared';
import type { Workspace } from '../sync/workspace.ts';

/** The company profile and its accounts, read straight from the profile doc as it changes. */
export class ProfileState {
  company = $state<Company | null>(null);
  accounts = $state<Account[]>([]);
  private stop = () => {};

  constructor(workspace: Workspace) {
    const synced = workspace.doc('profile');
    if (!synced) return;
    const read = () => {
      this.company = readCompanyFromDoc(synced.doc);
      this.accounts = readAccounts(synced.doc);
    };
    read();
    synced.doc.on('update', read);
    this.stop = () => synced.doc.off('update', read);
  }

  sectionName(id: string, zh: boolean): string {
    const s = this.company?.sections.find((x) => x.id === id);
    if (!s) return '';
    return zh ? s.nameZh || s.nameEn : s.nameEn || s.nameZh;
  }

  destroy(): void {
    this.stop();
  }
}
