import { accountsMap, docName, writeAccount, type Account, type AccountId, type CompanyId, type SectionId } from '@fairdesk/shared';
import type { AccountRecord } from '../account-store.ts';
import type { Agent } from '../agent.ts';

/** The account as the company's devices see it in `co:{cid}:profile`: no hash, no token version. */
export function profileAccount(record: AccountRecord): Account | null {
  if (record.role === 'buyer' || record.companyId === null) return null;
  return {
    id: record.id as AccountId,
    companyId: record.companyId as CompanyId,
    login: record.login,
    name: record.name,
    role: record.role,
    permissions: record.role === 'main' ? [] : [...record.permissions],
    sectionIds: record.sectionIds as SectionId[],
    disabled: record.disabled,
  };
}

/**
 * Mirrors the database's account into the company's profile doc through the agent's write path
 * (persist, then broadcast), so every device of the company sees the change. `null` removes it.
 */
export async function mirrorAccount(agent: Agent, companyId: string, id: string, record: AccountRecord | null): Promise<void> {
  const account = record ? profileAccount(record) : null;
  await agent.withDoc(docName({ scope: 'profile', companyId }), (doc) => {
    if (account) writeAccount(doc, account);
    else accountsMap(doc).delete(id);
  });
}
