import { describe, expect, it } from 'vitest';
import { docName, parseDocName, type DocRef } from './names.ts';

const examples: [DocRef, string][] = [
  [{ scope: 'profile', companyId: 'co1' }, 'co:co1:profile'],
  [{ scope: 'catalog', companyId: 'co1' }, 'co:co1:catalog'],
  [{ scope: 'ledger', companyId: 'co1' }, 'co:co1:ledger'],
  [{ scope: 'desk', companyId: 'co1', accountId: 'acc-7' }, 'co:co1:acct:acc-7'],
  [{ scope: 'show', companyId: 'co1' }, 'show:co1'],
  [{ scope: 'buyer', buyerId: 'b_1' }, 'buyer:b_1'],
  [{ scope: 'feed', buyerId: 'b_1' }, 'feed:b_1'],
];

describe('docName / parseDocName', () => {
  it.each(examples)('%j is named %s and parses back', (ref, name) => {
    expect(docName(ref)).toBe(name);
    expect(parseDocName(name)).toEqual(ref);
  });

  it('covers every scope', () => {
    expect(new Set(examples.map(([ref]) => ref.scope))).toEqual(
      new Set(['profile', 'catalog', 'ledger', 'desk', 'show', 'buyer', 'feed']),
    );
  });

  it('round-trips ids that look like scope words', () => {
    const refs: DocRef[] = [
      { scope: 'profile', companyId: 'catalog' },
      { scope: 'desk', companyId: 'acct', accountId: 'profile' },
      { scope: 'show', companyId: 'co' },
      { scope: 'buyer', buyerId: 'feed' },
      { scope: 'feed', buyerId: 'x'.repeat(64) },
    ];
    for (const ref of refs) expect(parseDocName(docName(ref))).toEqual(ref);
  });

  it.each([
    ['empty', ''],
    ['a bare prefix', 'co'],
    ['a company without scope', 'co:co1'],
    ['an unknown company scope', 'co:co1:secrets'],
    ['a scope in the wrong case', 'co:co1:Profile'],
    ['an extra part after a scope', 'co:co1:profile:x'],
    ['a desk without an account', 'co:co1:acct'],
    ['a desk with an extra part', 'co:co1:acct:a1:x'],
    ['a four-part name that is not a desk', 'co:co1:ledger:a1'],
    ['an unknown head', 'company:co1:profile'],
    ['an unknown head of two parts', 'admin:co1'],
    ['show with an extra part', 'show:co1:x'],
    ['show without an id', 'show'],
    ['buyer with an extra part', 'buyer:b1:feed'],
    ['feed with an extra part', 'feed:b1:x'],
    ['an empty id', 'buyer:'],
    ['an empty company', 'co::profile'],
    ['an empty account', 'co:co1:acct:'],
    ['a leading separator', ':buyer:b1'],
    ['a trailing separator', 'show:co1:'],
    ['a slash in an id', 'buyer:b/1'],
    ['path traversal', 'buyer:..'],
    ['a space in an id', 'feed:b 1'],
    ['a query string', 'show:co1?x=1'],
    ['an over-long id', `show:${'x'.repeat(65)}`],
    ['non-ASCII', 'show:公司'],
  ])('rejects %s (%j)', (_label, name) => {
    expect(parseDocName(name)).toBeNull();
  });
});
