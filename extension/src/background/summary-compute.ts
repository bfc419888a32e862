import { readCompanyFromDoc, readExhibits, type Role } from '@fairdesk/shared';
import type * as Y from 'yjs';
import type { Summary, SyncState } from '../lib/summary.ts';

/** What the summary is made of; it lives with the worker so that the popup never loads yjs. */
export interface SummaryInput {
  account: { id: string; name: string; role: Role };
  profile: Y.Doc | null;
  catalog: Y.Doc | null;
  sync: SyncState;
  now: number;
}

export function listedCount(catalog: Y.Doc): number {
  return readExhibits(catalog).filter((e) => e.status === 'listed').length;
}

export function computeSummary({ account, profile, catalog, sync, now }: SummaryInput): Summary {
  const company = profile ? readCompanyFromDoc(profile) : null;
  return {
    accountId: account.id,
    accountName: account.name,
    role: account.role,
    companyName: company ? company.nameZh || company.nameEn : '',
    companyNameEn: company ? company.nameEn || company.nameZh : '',
    sync,
    listedCount: catalog ? listedCount(catalog) : null,
    updatedAt: now,
  };
}
