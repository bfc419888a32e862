import { describe, expect, it } from 'vitest';
import { blankExhibit, type Exhibit, type ExhibitId, type SectionId } from '../index.ts';
import { generateExhibits, generateIntents } from '../../../tests/bench/matching-data.ts';
import { MIN_TEXT_SCORE, MatchCorpus, MatchIndex, linearMatches, matchableExhibit, type MatchableExhibit } from './matching.ts';

function exhibit(key: string, fields: Partial<Exhibit>): MatchableExhibit {
  return matchableExhibit(key, { ...blankExhibit(), id: key as ExhibitId, createdAt: 0, updatedAt: 0, ...fields });
}

const excavatorEn = exhibit('en-excavator', {
  nameEn: 'Crawler hydraulic excavator, 22 t',
  descriptionEn: '22-tonne crawler excavator with a 1.0 m³ bucket, for earthworks and quarries.',
  sectionId: 'sec-machinery' as SectionId,
});
const transformerZh = exhibit('zh-transformer', {
  nameZh: '1000 kVA 油浸式变压器',
  descriptionZh: '10 kV/0.4 kV，铜绕组，低损耗 S13 系列。',
  sectionId: 'sec-power' as SectionId,
});
const loader = exhibit('loader', { nameZh: '轮式装载机', nameEn: 'Wheel loader', descriptionEn: 'A loader for quarries.' });

function indexOf(exhibits: MatchableExhibit[]): MatchIndex {
  const index = new MatchIndex();
  for (const e of exhibits) index.put(e);
  return index;
}

describe('matching an intent', () => {
  const index = indexOf([excavatorEn, transformerZh, loader]);

  it('finds an exhibit described only in English for a Chinese intent', () => {
    expect(index.match({ text: '求购22吨履带挖掘机', sectionId: '', category: '' }).map((m) => m.key)).toEqual(['en-excavator']);
  });

  it('finds an exhibit described only in Chinese for an English intent', () => {
    expect(index.match({ text: 'We need oil-immersed transformers', sectionId: '', category: '' }).map((m) => m.key)).toEqual(['zh-transformer']);
  });

  it('does not match on a stop word or an unrelated text', () => {
    expect(index.match({ text: 'we need some good quality', sectionId: '', category: '' })).toEqual([]);
    expect(index.match({ text: '毛绒玩具', sectionId: '', category: '' })).toEqual([]);
  });

  it('ranks a more complete exhibit higher, all else equal', () => {
    const sparse = exhibit('sparse', { nameEn: 'Diesel generator set' });
    const full = exhibit('full', {
      nameEn: 'Diesel generator set', nameZh: '柴油发电机组', code: 'G-1', price: 'USD 1', moq: 1, moqUnit: 'set', origin: 'CN',
      imageIds: ['a'], specs: '500 kW', category: 'Power', descriptionEn: 'Silent canopy', descriptionZh: '静音箱体',
    });
    expect(full.completeness).toBeGreaterThan(sparse.completeness);
    const both = indexOf([sparse, full]);
    expect(both.match({ text: 'diesel generator', sectionId: '', category: '' }).map((m) => m.key)).toEqual(['full', 'sparse']);
  });

  it('ranks an exhibit of the intent’s section first', () => {
    const a = exhibit('a', { nameEn: 'Water pump', sectionId: 'sec-a' as SectionId });
    const b = exhibit('b', { nameEn: 'Water pump', sectionId: 'sec-b' as SectionId });
    expect(indexOf([a, b]).match({ text: 'water pump', sectionId: 'sec-b', category: '' })[0].key).toBe('b');
  });

  it('follows exhibits removed and changed', () => {
    const own = indexOf([excavatorEn, loader]);
    own.remove('en-excavator');
    expect(own.match({ text: 'excavator', sectionId: '', category: '' })).toEqual([]);
    own.put({ ...loader, nameEn: 'Mini excavator' });
    expect(own.match({ text: 'excavator', sectionId: '', category: '' }).map((m) => m.key)).toEqual(['loader']);
    expect(own.match({ text: 'wheel', sectionId: '', category: '' })).toEqual([]);
  });

  it('scores below the threshold as no match', () => {
    const corpus = new MatchCorpus();
    const entry = corpus.put(exhibit('desc-only', { nameEn: 'Unit', descriptionEn: 'stable' }));
    const q = { terms: [['stable', 1]] as [string, number][], sectionId: '', category: '' };
    expect(corpus.score(q, corpus.weigh(q), entry)).toBe(0);
    expect(MIN_TEXT_SCORE).toBeGreaterThan(1);
  });
});

describe('the index against the linear scan', () => {
  it('returns the same top matches on generated data', () => {
    const exhibits = generateExhibits(600, 7);
    const index = indexOf(exhibits);
    const corpus = index.corpus;
    let matched = 0;
    for (const intent of generateIntents(300, 8)) {
      const fast = index.match(intent);
      const slow = linearMatches(corpus, intent);
      expect(fast.map((m) => m.key)).toEqual(slow.map((m) => m.key));
      expect(fast.map((m) => m.score)).toEqual(slow.map((m) => m.score));
      if (fast.length > 0) matched++;
    }
    expect(matched).toBeGreaterThan(250);
  });

  it('stays the same after exhibits are removed and changed, and for a shorter top', () => {
    const exhibits = generateExhibits(400, 11);
    const index = indexOf(exhibits);
    for (const e of exhibits.slice(0, 100)) index.remove(e.key);
    for (const e of exhibits.slice(100, 150)) index.put({ ...e, nameEn: `${e.nameEn} excavator`, completeness: 100 - e.completeness });
    expect(index.size).toBe(300);
    for (const intent of generateIntents(150, 12)) {
      for (const n of [1, 3, 10]) expect(index.match(intent, n)).toEqual(linearMatches(index.corpus, intent, n));
    }
  });
});
