import type * as Y from 'yjs';
import type { Account } from '../model/account.ts';
import { readCompany, type Company } from '../model/company.ts';

/**
 * `co:{cid}:profile`: the company (root map `company`, one key per field) and its accounts
 * (root map `accounts`, account id → Account as plain JSON). The server's database is the
 * authority for accounts; the agent mirrors them here so every device can show names.
 */
export function companyMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('company');
}

export function accountsMap(doc: Y.Doc): Y.Map<Account> {
  return doc.getMap('accounts');
}

export function readCompanyFromDoc(doc: Y.Doc): Company | null {
  const m = companyMap(doc);
  if (m.size === 0) return null;
  const parsed = readCompany(m.toJSON());
  return parsed.ok ? parsed.value : null;
}

export function writeCompany(doc: Y.Doc, company: Company): void {
  doc.transact(() => {
    const m = companyMap(doc);
    for (const [k, v] of Object.entries(company)) m.set(k, v);
  });
}

export function readAccounts(doc: Y.Doc): Account[] {
  return [...accountsMap(doc).values()];
}

export function writeAccount(doc: Y.Doc, account: Account): void {
  accountsMap(doc).set(account.id, account);
}
