import { PERMISSIONS, type Account, type MessageKey, type Permission } from '@fairdesk/shared';
import type { ProfileState } from '../state/profile.svelte.ts';
import { changeSubAccount, createSubAccount, deleteSubAccount, type ApiResult, type NewSubAccount, type SubAccountChange } from './accounts-api.ts';

/** The permission checkboxes of 权限管理, grouped as in the exhibitor guide. */
export const PERMISSION_GROUPS: { label: MessageKey; permissions: Permission[] }[] = [
  { label: 'org.group.chat', permissions: ['receiveChats'] },
  { label: 'org.group.events', permissions: ['meetingSlots'] },
  { label: 'org.group.intents', permissions: ['matchingList', 'receiveIntents', 'viewIntentDetail', 'sendCard', 'startChat', 'markCompleted'] },
  { label: 'org.group.messages', permissions: ['notifications'] },
  { label: 'org.group.schedule', permissions: ['mySchedule'] },
  { label: 'org.group.showcase', permissions: ['recommend', 'editExhibits'] },
];

export const permissionLabel = (p: Permission): MessageKey => `org.perm.${p}`;

/** Keeps the fair's order, whatever order the boxes were ticked in. */
export const inOrder = (ps: readonly Permission[]): Permission[] => PERMISSIONS.filter((p) => ps.includes(p));

/**
 * 组织和人员管理: the sub-accounts as the profile doc shows them (live, the server mirrors every
 * change there), and the changes, which only the server makes (online only).
 */
export class OrgState {
  online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
  private stop: () => void;

  constructor(
    private readonly profile: ProfileState,
    private readonly token: string,
  ) {
    const on = () => (this.online = true);
    const off = () => (this.online = false);
    addEventListener('online', on);
    addEventListener('offline', off);
    this.stop = () => {
      removeEventListener('online', on);
      removeEventListener('offline', off);
    };
  }

  get subAccounts(): Account[] {
    return this.profile.accounts.filter((a) => a.role === 'sub').sort((a, b) => a.login.localeCompare(b.login));
  }

  get sections() {
    return this.profile.company?.sections ?? [];
  }

  sectionNames(account: Account, zh: boolean): string {
    return account.sectionIds.map((id) => this.profile.sectionName(id, zh)).filter(Boolean).join('、');
  }

  create(input: NewSubAccount): Promise<ApiResult<Account>> {
    return this.online ? createSubAccount(this.token, input) : Promise.resolve({ ok: false, error: 'org.offline' });
  }

  change(id: string, change: SubAccountChange): Promise<ApiResult<Account>> {
    return this.online ? changeSubAccount(this.token, id, change) : Promise.resolve({ ok: false, error: 'org.offline' });
  }

  remove(id: string): Promise<ApiResult<{ id: string }>> {
    return this.online ? deleteSubAccount(this.token, id) : Promise.resolve({ ok: false, error: 'org.offline' });
  }

  destroy(): void {
    this.stop();
  }
}
