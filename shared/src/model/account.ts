import type { AccountId, BuyerId, CompanyId, SectionId } from './ids.ts';

export type Role = 'main' | 'sub' | 'buyer';

/**
 * Sub-account permissions (R0.6), each enforced by the server. `editExhibits` is the
 * catalogue's own right: DESIGN.md lets only some sub-accounts write `co:{cid}:catalog`.
 */
export const PERMISSIONS = [
  'receiveChats',
  'meetingSlots',
  'matchingList',
  'receiveIntents',
  'viewIntentDetail',
  'sendCard',
  'startChat',
  'markCompleted',
  'notifications',
  'mySchedule',
  'recommend',
  'editExhibits',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** An exhibitor account as the company sees it (kept in the profile doc). */
export interface Account {
  id: AccountId;
  companyId: CompanyId;
  login: string;
  name: string;
  role: 'main' | 'sub';
  permissions: Permission[];
  sectionIds: SectionId[];
  disabled: boolean;
}

/** Who is asking: decided by the server from a verified token, never from the client's word. */
export type Principal =
  | { kind: 'account'; id: AccountId; companyId: CompanyId; role: 'main' | 'sub'; permissions: readonly Permission[] }
  | { kind: 'buyer'; id: BuyerId };

/** The main account holds every permission; a sub-account only those ticked for it. */
export function can(p: Principal, permission: Permission): boolean {
  if (p.kind !== 'account') return false;
  return p.role === 'main' || p.permissions.includes(permission);
}

/** What POST /api/login answers. */
export interface LoginAnswer {
  token: string;
  account: { id: string; companyId: string | null; role: Role; name: string; permissions: Permission[] };
}

/** The main account's requests to the server about sub-accounts: POST /api/accounts. */
export interface NewSubAccount {
  login: string;
  name: string;
  password: string;
  permissions: Permission[];
  sectionIds: string[];
}

/** PATCH /api/accounts/{id}: only the fields given change. */
export interface SubAccountChange {
  name?: string;
  password?: string;
  permissions?: Permission[];
  sectionIds?: string[];
  disabled?: boolean;
}
