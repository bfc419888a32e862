import { can, type Principal } from '../model/account.ts';
import type { DocRef } from './names.ts';

export type Access = 'none' | 'read' | 'write';

/**
 * Who may read and write each doc (DESIGN.md, "Doc scopes"). The agent writes the docs that
 * say "agent only" in-process; no client connection ever gets write access to them.
 */
export function docAccess(p: Principal, ref: DocRef): Access {
  if (p.kind === 'buyer') {
    if (ref.scope === 'buyer') return ref.buyerId === p.id ? 'write' : 'none';
    if (ref.scope === 'feed') return ref.buyerId === p.id ? 'read' : 'none';
    if (ref.scope === 'show') return 'read';
    return 'none';
  }
  if (ref.scope === 'show') return 'read';
  if (ref.scope === 'buyer' || ref.scope === 'feed') return 'none';
  if (ref.companyId !== p.companyId) return 'none';
  const main = p.role === 'main';
  switch (ref.scope) {
    case 'profile':
      return main ? 'write' : 'read';
    case 'catalog':
      return can(p, 'editExhibits') ? 'write' : 'read';
    case 'ledger':
      return main ? 'read' : 'none';
    case 'fair':
      return 'read';
    case 'matches':
      return can(p, 'matchingList') ? 'read' : 'none';
    case 'desk':
      return main || ref.accountId === p.id ? 'write' : 'none';
  }
}

/** The docs an account keeps a local copy of: every doc it may read, except other desks. */
export function docsFor(p: Principal): DocRef[] {
  if (p.kind === 'buyer') return [{ scope: 'buyer', buyerId: p.id }, { scope: 'feed', buyerId: p.id }];
  const companyId = p.companyId;
  const refs: DocRef[] = [
    { scope: 'profile', companyId },
    { scope: 'catalog', companyId },
    { scope: 'desk', companyId, accountId: p.id },
    { scope: 'fair', companyId },
  ];
  if (can(p, 'matchingList')) refs.push({ scope: 'matches', companyId });
  if (p.role === 'main') refs.push({ scope: 'ledger', companyId });
  return refs;
}
