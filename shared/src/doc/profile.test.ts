import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { accountsMap, companyMap, readAccounts, readCompanyFromDoc, writeAccount, writeCompany } from './profile.ts';
import type { Company } from '../model/company.ts';
import type { Account } from '../model/account.ts';
import type { AccountId, CompanyId, SectionId } from '../model/ids.ts';

const company: Company = {
  id: 'co-1' as CompanyId,
  nameZh: '广州陶瓷有限公司',
  nameEn: 'Guangzhou Ceramics Ltd.',
  vip: true,
  brand: true,
  badges: ['aeo', 'greenBooth'],
  sections: [{ id: 'sec-1' as SectionId, nameZh: '日用陶瓷', nameEn: 'Household ceramics' }],
};

const main: Account = {
  id: 'acc-main' as AccountId,
  companyId: company.id,
  login: 'boss',
  name: 'Li Wei',
  role: 'main',
  permissions: [],
  sectionIds: [],
  disabled: false,
};
const sub: Account = { ...main, id: 'acc-sub' as AccountId, login: 'sales1', name: 'Zhang Min', role: 'sub', permissions: ['sendCard'] };

describe('company in the profile doc', () => {
  it('an empty doc has no company', () => {
    expect(readCompanyFromDoc(new Y.Doc())).toBeNull();
  });

  it('reads back what was written', () => {
    const doc = new Y.Doc();
    writeCompany(doc, company);
    expect(readCompanyFromDoc(doc)).toEqual(company);
  });

  it('keeps one key per field, written in one transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    writeCompany(doc, company);
    expect(updates).toBe(1);
    expect([...companyMap(doc).keys()].sort()).toEqual(Object.keys(company).sort());
  });

  it('a second write replaces the fields', () => {
    const doc = new Y.Doc();
    writeCompany(doc, company);
    writeCompany(doc, { ...company, vip: false, badges: [] });
    expect(readCompanyFromDoc(doc)).toEqual({ ...company, vip: false, badges: [] });
  });

  it('reaches another device', () => {
    const a = new Y.Doc();
    writeCompany(a, company);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readCompanyFromDoc(b)).toEqual(company);
  });

  it('a company that no longer validates reads as null', () => {
    const doc = new Y.Doc();
    writeCompany(doc, company);
    companyMap(doc).set('badges', ['forged']);
    expect(readCompanyFromDoc(doc)).toBeNull();
  });
});

describe('accounts in the profile doc', () => {
  it('none in an empty doc', () => {
    expect(readAccounts(new Y.Doc())).toEqual([]);
  });

  it('reads back every account written, keyed by id', () => {
    const doc = new Y.Doc();
    writeAccount(doc, main);
    writeAccount(doc, sub);
    expect(readAccounts(doc).sort((x, y) => x.id.localeCompare(y.id))).toEqual([main, sub]);
    expect(accountsMap(doc).get(sub.id)).toEqual(sub);
  });

  it('writing an account again replaces it', () => {
    const doc = new Y.Doc();
    writeAccount(doc, sub);
    writeAccount(doc, { ...sub, disabled: true, permissions: [] });
    expect(readAccounts(doc)).toEqual([{ ...sub, disabled: true, permissions: [] }]);
  });

  it('reaches another device', () => {
    const a = new Y.Doc();
    writeAccount(a, main);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readAccounts(b)).toEqual([main]);
  });
});
