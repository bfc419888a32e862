import { isId } from '../model/ids.ts';

/**
 * The doc scopes of DESIGN.md. The document is the unit of access, so its name says whose it
 * is; the server decides read and write from the name and the token's account.
 */
export type DocRef =
  | { scope: 'profile'; companyId: string }
  | { scope: 'catalog'; companyId: string }
  | { scope: 'ledger'; companyId: string }
  | { scope: 'fair'; companyId: string }
  | { scope: 'matches'; companyId: string }
  | { scope: 'desk'; companyId: string; accountId: string }
  | { scope: 'show'; companyId: string }
  | { scope: 'buyer'; buyerId: string }
  | { scope: 'feed'; buyerId: string };

export type DocScope = DocRef['scope'];

export function docName(ref: DocRef): string {
  switch (ref.scope) {
    case 'profile':
    case 'catalog':
    case 'ledger':
    case 'fair':
    case 'matches':
      return `co:${ref.companyId}:${ref.scope}`;
    case 'desk':
      return `co:${ref.companyId}:acct:${ref.accountId}`;
    case 'show':
      return `show:${ref.companyId}`;
    case 'buyer':
      return `buyer:${ref.buyerId}`;
    case 'feed':
      return `feed:${ref.buyerId}`;
  }
}

/** Parses a doc name; anything that is not exactly one of the scopes is null. */
export function parseDocName(name: string): DocRef | null {
  const parts = name.split(':');
  if (!parts.every(isId)) return null;
  const [head, a, b, c] = parts;
  if (head === 'co' && parts.length === 3 && (b === 'profile' || b === 'catalog' || b === 'ledger' || b === 'fair' || b === 'matches')) {
    return { scope: b, companyId: a };
  }
  if (head === 'co' && parts.length === 4 && b === 'acct') return { scope: 'desk', companyId: a, accountId: c };
  if (parts.length === 2 && head === 'show') return { scope: 'show', companyId: a };
  if (parts.length === 2 && head === 'buyer') return { scope: 'buyer', buyerId: a };
  if (parts.length === 2 && head === 'feed') return { scope: 'feed', buyerId: a };
  return null;
}
