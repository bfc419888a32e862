import { describe, expect, it } from 'vitest';
import { docAccess, docsFor, type Access } from './access.ts';
import { docName, parseDocName } from './names.ts';
import { PERMISSIONS, type Permission, type Principal } from '../model/account.ts';
import type { AccountId, BuyerId, CompanyId } from '../model/ids.ts';

const account = (id: string, companyId: string, role: 'main' | 'sub', permissions: readonly Permission[]): Principal => ({
  kind: 'account',
  id: id as AccountId,
  companyId: companyId as CompanyId,
  role,
  permissions,
});
const buyer = (id: string): Principal => ({ kind: 'buyer', id: id as BuyerId });

const everythingButEdit = PERMISSIONS.filter((p) => p !== 'editExhibits');

/** The principals of the matrix. */
const principals = {
  mainA: account('mainA', 'A', 'main', []),
  subEdit: account('subEdit', 'A', 'sub', ['editExhibits']),
  subNo: account('subNo', 'A', 'sub', everythingButEdit),
  subB: account('subB', 'B', 'sub', [...PERMISSIONS]),
  buyerX: buyer('X'),
  buyerY: buyer('Y'),
};
type Who = keyof typeof principals;
const who = Object.keys(principals) as Who[];

const W: Access = 'write';
const R: Access = 'read';
const _: Access = 'none';

/**
 * DESIGN.md "Doc scopes", as each principal sees each doc.
 * subEdit is a sub-account of A allowed to edit exhibits; subNo holds every other permission
 * but not that one; subB is a sub-account of company B holding every permission.
 */
const matrix: [doc: string, mainA: Access, subEdit: Access, subNo: Access, subB: Access, buyerX: Access, buyerY: Access][] = [
  //  doc                      mainA subEdit subNo subB buyerX buyerY
  ['co:A:profile',              W,    R,      R,    _,   _,     _],
  ['co:A:catalog',              W,    W,      R,    _,   _,     _],
  ['co:A:ledger',               R,    _,      _,    _,   _,     _],
  ['co:A:fair',                 R,    R,      R,    _,   _,     _],  // quota, recommended counts: every account of A
  ['co:A:matches',              R,    _,      R,    _,   _,     _],  // 展品配对列表: main, or a sub with matchingList
  ['co:B:matches',              _,    _,      _,    R,   _,     _],
  ['co:A:acct:mainA',           W,    _,      _,    _,   _,     _],
  ['co:A:acct:subEdit',         W,    W,      _,    _,   _,     _],  // own desk of subEdit
  ['co:A:acct:subNo',           W,    _,      W,    _,   _,     _],  // own desk of subNo
  ['co:A:acct:subB',            W,    _,      _,    _,   _,     _],  // B's account id under A: not B's desk
  ['co:B:profile',              _,    _,      _,    R,   _,     _],
  ['co:B:catalog',              _,    _,      _,    W,   _,     _],
  ['co:B:ledger',               _,    _,      _,    _,   _,     _],  // sub of B: never the ledger
  ['co:B:acct:subB',            _,    _,      _,    W,   _,     _],
  ['co:B:acct:mainA',           _,    _,      _,    _,   _,     _],  // A's main id under B: nothing
  ['show:A',                    R,    R,      R,    R,   R,     R],
  ['show:B',                    R,    R,      R,    R,   R,     R],
  ['buyer:X',                   _,    _,      _,    _,   W,     _],
  ['feed:X',                    _,    _,      _,    _,   R,     _],
  ['buyer:Y',                   _,    _,      _,    _,   _,     W],
  ['feed:Y',                    _,    _,      _,    _,   _,     R],
];

describe('docAccess: the DESIGN.md matrix', () => {
  const cases = matrix.flatMap(([doc, ...access]) => who.map((w, i) => [doc, w, access[i]] as const));

  it.each(cases)('%s for %s is %s', (doc, w, expected) => {
    const ref = parseDocName(doc);
    expect(ref).not.toBeNull();
    expect(docAccess(principals[w], ref!)).toBe(expected);
  });

  it('covers every scope', () => {
    const scopes = new Set(matrix.map(([doc]) => parseDocName(doc)?.scope));
    expect(scopes).toEqual(new Set(['profile', 'catalog', 'ledger', 'fair', 'matches', 'desk', 'show', 'buyer', 'feed']));
  });

  it('no client ever writes an agent-only doc (ledger, fair, matches, show, feed)', () => {
    for (const [doc] of matrix) {
      const ref = parseDocName(doc)!;
      if (!['ledger', 'fair', 'matches', 'show', 'feed'].includes(ref.scope)) continue;
      for (const w of who) expect(docAccess(principals[w], ref)).not.toBe('write');
    }
  });

  it('a main account of B gets nothing of A but the showroom', () => {
    const mainB = account('mainB', 'B', 'main', []);
    for (const [doc] of matrix.filter(([d]) => d.startsWith('co:A:'))) expect(docAccess(mainB, parseDocName(doc)!)).toBe('none');
    expect(docAccess(mainB, { scope: 'show', companyId: 'A' })).toBe('read');
  });

  it('catalog write follows the editExhibits tick alone', () => {
    const catalog = { scope: 'catalog', companyId: 'A' } as const;
    expect(docAccess(account('s', 'A', 'sub', []), catalog)).toBe('read');
    expect(docAccess(account('s', 'A', 'sub', ['editExhibits']), catalog)).toBe('write');
    expect(docAccess(account('s', 'A', 'sub', everythingButEdit), catalog)).toBe('read');
  });
});

describe('docsFor', () => {
  const refs = (w: Who) => docsFor(principals[w]).map(docName).sort();

  it('main account: profile, catalog, its desk, the fair doc, the matching list and the ledger', () => {
    expect(refs('mainA')).toEqual(['co:A:acct:mainA', 'co:A:catalog', 'co:A:fair', 'co:A:ledger', 'co:A:matches', 'co:A:profile']);
  });

  it('sub-account: profile, catalog, its own desk, the fair doc, the matching list only with matchingList; never the ledger', () => {
    expect(refs('subEdit')).toEqual(['co:A:acct:subEdit', 'co:A:catalog', 'co:A:fair', 'co:A:profile']);
    expect(refs('subNo')).toEqual(['co:A:acct:subNo', 'co:A:catalog', 'co:A:fair', 'co:A:matches', 'co:A:profile']);
    expect(refs('subB')).toEqual(['co:B:acct:subB', 'co:B:catalog', 'co:B:fair', 'co:B:matches', 'co:B:profile']);
  });

  it('buyer: its own doc and its feed', () => {
    expect(refs('buyerX')).toEqual(['buyer:X', 'feed:X']);
    expect(refs('buyerY')).toEqual(['buyer:Y', 'feed:Y']);
  });

  it('only lists docs the principal may read', () => {
    for (const w of who) for (const ref of docsFor(principals[w])) expect(docAccess(principals[w], ref)).not.toBe('none');
  });
});
