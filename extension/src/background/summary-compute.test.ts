import { addExhibit, blankExhibit, readExhibits, updateExhibit, writeCompany, type Company, type CompanyId } from '@fairdesk/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { companyNameFor, parseSummary } from '../lib/summary.ts';
import { computeSummary } from './summary-compute.ts';

const account = { id: 'demo-main', name: '张经理', role: 'main' as const };
const company: Company = {
  id: 'demo' as CompanyId,
  nameZh: '示范机械有限公司',
  nameEn: 'Demo Machinery Co.',
  vip: false,
  brand: false,
  badges: [],
  sections: [],
};

function catalogWith(statuses: ('listed' | 'unlisted' | 'banned')[]): Y.Doc {
  const doc = new Y.Doc();
  for (const [i, status] of statuses.entries()) addExhibit(doc, { ...blankExhibit(), nameZh: `展品${i}`, status });
  return doc;
}

describe('computeSummary', () => {
  it('counts only listed exhibits and follows changes to the catalogue', () => {
    const catalog = catalogWith(['listed', 'listed', 'unlisted', 'banned']);
    const profile = new Y.Doc();
    writeCompany(profile, company);
    const before = computeSummary({ account, profile, catalog, sync: 'online', now: 1 });
    expect(before).toEqual({
      accountId: 'demo-main',
      accountName: '张经理',
      role: 'main',
      companyName: '示范机械有限公司',
      companyNameEn: 'Demo Machinery Co.',
      sync: 'online',
      listedCount: 2,
      updatedAt: 1,
    });
    const unlisted = readExhibits(catalog).find((e) => e.status === 'unlisted');
    expect(updateExhibit(catalog, unlisted?.id ?? '', { status: 'listed' }).ok).toBe(true);
    expect(computeSummary({ account, profile, catalog, sync: 'online', now: 2 }).listedCount).toBe(3);
  });

  it('says what is not known yet: no company name before the profile, no count without a catalogue', () => {
    const s = computeSummary({ account, profile: null, catalog: null, sync: 'connecting', now: 3 });
    expect(s.companyName).toBe('');
    expect(s.listedCount).toBeNull();
    expect(computeSummary({ account, profile: new Y.Doc(), catalog: new Y.Doc(), sync: 'offline', now: 3 }).listedCount).toBe(0);
  });
});

describe('parseSummary and companyNameFor', () => {
  it('round-trips a summary and rejects a malformed one', () => {
    const s = computeSummary({ account, profile: null, catalog: catalogWith(['listed']), sync: 'pending', now: 5 });
    expect(parseSummary(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseSummary({ ...s, sync: 'great' })).toBeNull();
    expect(parseSummary({ ...s, listedCount: -1 })).toBeNull();
    expect(parseSummary('summary')).toBeNull();
  });

  it('picks the company name for the language, falling back to the other one', () => {
    const profile = new Y.Doc();
    writeCompany(profile, { ...company, nameEn: '' });
    const s = computeSummary({ account, profile, catalog: null, sync: 'online', now: 1 });
    expect(companyNameFor(s, 'en')).toBe('示范机械有限公司');
    expect(companyNameFor(s, 'zh-CN')).toBe('示范机械有限公司');
  });
});
