import { describe, expect, it } from 'vitest';
import { expandQuery, queryTerms, stemEnglish, tokenize } from './match-text.ts';
import { TRADE_GLOSSARY } from './trade-glossary.ts';

describe('tokenize', () => {
  it('splits Chinese into words with Intl.Segmenter and keeps glossary terms whole', () => {
    const terms = tokenize('履带式液压挖掘机 22 吨');
    expect(terms).toEqual(expect.arrayContaining(['液压', '挖掘', '挖掘机', '22']));
    expect(terms.every((t) => !/\s/.test(t))).toBe(true);
  });

  it('lowercases and lightly stems English, dropping stop words and punctuation', () => {
    expect(tokenize('We need Wheel Loaders, CNC machining centres & batteries!')).toEqual(['wheel', 'loader', 'cnc', 'machining', 'center', 'battery']);
  });

  it('reads a glossary term by the longest match, so 发电机 is not also 电机', () => {
    const terms = tokenize('静音发电机组');
    expect(terms).toContain('发电机组');
    expect(terms).not.toContain('电机');
  });

  it('drops Chinese stop words such as 求购 and 我们', () => {
    const terms = tokenize('我们需要求购一批变压器');
    expect(terms).toContain('变压器');
    for (const stop of ['我们', '需要', '一批']) expect(terms).not.toContain(stop);
  });
});

describe('stemEnglish', () => {
  it('folds plurals and British spellings', () => {
    expect(['pumps', 'valves', 'batteries', 'boxes', 'centre', 'aluminium', 'moulding', 'glass', 'bus'].map(stemEnglish)).toEqual([
      'pump', 'valve', 'battery', 'box', 'center', 'aluminum', 'molding', 'glass', 'bus',
    ]);
  });
});

describe('the glossary', () => {
  it('holds more than a hundred concepts, each in both languages', () => {
    expect(TRADE_GLOSSARY.length).toBeGreaterThan(100);
    for (const g of TRADE_GLOSSARY) {
      expect(g.zh.length).toBeGreaterThan(0);
      expect(g.en.length).toBeGreaterThan(0);
      expect(g.zh.every((t) => /\p{Script=Han}/u.test(t))).toBe(true);
    }
  });

  it('expands a Chinese intent into English and an English one into Chinese', () => {
    expect(expandQuery('求购挖掘机和变压器')).toEqual(expect.arrayContaining(['excavator', 'transformer']));
    expect(expandQuery('Looking for bicycles and motorcycles')).toEqual(expect.arrayContaining(['自行车', '摩托车']));
    expect(expandQuery('auto parts for trucks')).toContain('汽车配件');
  });

  it('does not read a one-character term inside a longer word (包 in 包装机)', () => {
    const expanded = expandQuery('包装机');
    expect(expanded).toContain('packaging machine');
    expect(expanded).not.toContain('bag');
  });

  it('weighs expansions below the intent’s own words, and single Han characters lowest', () => {
    const terms = queryTerms('求购挖掘机');
    expect(terms.get('挖掘机')).toBe(1);
    expect(terms.get('excavator')).toBeCloseTo(0.8);
    expect(terms.get('机')).toBeLessThan(0.5);
  });
});
