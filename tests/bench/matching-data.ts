import { TRADE_GLOSSARY } from '../../shared/src/rules/trade-glossary.ts';
import type { MatchIntent, MatchableExhibit } from '../../shared/src/rules/matching.ts';

/**
 * Generated fair data for matching: exhibits named after the glossary's products with bilingual
 * (sometimes one-language) text, and buyer intents in Chinese or English. Seeded, so every run
 * and every test sees the same data.
 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATTRS: [string, string][] = [
  ['高效', 'high efficiency'], ['节能', 'energy saving'], ['静音', 'silent'], ['重型', 'heavy duty'], ['便携式', 'portable'],
  ['自动', 'automatic'], ['不锈钢', 'stainless steel'], ['防水', 'waterproof'], ['智能', 'smart'], ['工业', 'industrial'],
  ['家用', 'household'], ['迷你', 'mini'], ['大型', 'large'], ['定制', 'custom'], ['环保', 'eco-friendly'],
];
const FILLER_ZH = ['出口', '欧洲', '认证', '质保', '两年', '工厂', '直销', '型号', '齐全', '耐用', '稳定', '性能', '优良', '包装', '交货', '快速'];
const FILLER_EN = ['export', 'europe', 'certified', 'warranty', 'two', 'year', 'factory', 'direct', 'durable', 'stable', 'performance', 'fast', 'delivery', 'oem', 'odm', 'sample'];
export const SECTIONS = ['sec-machinery', 'sec-power', 'sec-hardware', 'sec-consumer', 'sec-textile'];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function words(rnd: () => number, pool: string[], n: number, sep: string): string {
  return Array.from({ length: n }, () => pick(rnd, pool)).join(sep);
}

export function generateExhibits(count: number, seed = 1): MatchableExhibit[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const g = pick(rnd, TRADE_GLOSSARY);
    const [attrZh, attrEn] = pick(rnd, ATTRS);
    const lang = rnd();
    const zh = lang > 0.15;
    const en = lang < 0.85;
    return {
      key: `co${i % 50}:ex${i}`,
      nameZh: zh ? `${attrZh}${pick(rnd, g.zh)} ${i}号` : '',
      nameEn: en ? `${attrEn} ${pick(rnd, g.en)} no. ${i}` : '',
      keywords: rnd() < 0.6 ? `${g.zh[0]}, ${g.en[0]}` : '',
      category: rnd() < 0.7 ? `${g.zh[0]} / ${g.en[0]}` : '',
      descriptionZh: zh ? `${attrZh}${g.zh[0]}，${words(rnd, FILLER_ZH, 6, '')}。` : '',
      descriptionEn: en ? `${attrEn} ${g.en[0]}, ${words(rnd, FILLER_EN, 8, ' ')}.` : '',
      specs: rnd() < 0.5 ? `${Math.floor(rnd() * 500)} kW, ${Math.floor(rnd() * 50)} t` : '',
      sectionId: pick(rnd, SECTIONS) as MatchableExhibit['sectionId'],
      completeness: Math.floor(rnd() * 101),
    };
  });
}

export function generateIntents(count: number, seed = 2): MatchIntent[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    const g = pick(rnd, TRADE_GLOSSARY);
    const [attrZh, attrEn] = pick(rnd, ATTRS);
    const zh = rnd() < 0.5;
    const text = zh
      ? `求购${attrZh}${pick(rnd, g.zh)}，${words(rnd, FILLER_ZH, 2, '')}，数量${Math.floor(rnd() * 900) + 100}台`
      : `Looking for ${attrEn} ${pick(rnd, g.en)}s, ${words(rnd, FILLER_EN, 2, ' ')}, ${Math.floor(rnd() * 900) + 100} pcs`;
    return { text, sectionId: rnd() < 0.5 ? pick(rnd, SECTIONS) : '', category: rnd() < 0.3 ? (zh ? g.zh[0] : g.en[0]) : '' };
  });
}
