import { TRADE_GLOSSARY } from './trade-glossary.ts';

/**
 * The text side of matching (R1.8): words of a Chinese or English text, and a buyer's intent
 * expanded into the other language through the glossary. Chinese has no spaces, so words come
 * from Intl.Segmenter; its dictionary splits many product words (挖掘机 → 挖掘 | 机), so a
 * glossary term found in the text is also kept whole.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z]+$/;

const STOP_WORDS = new Set(
  (
    'a an the and or of for to in on with by at from per as is are be it its this that these those we i our us you your ' +
    'need needs needed want wants looking look buy buying purchase purchasing require requires required request ' +
    'quote quotation please some any about new good best quality supplier suppliers manufacturer factory pc pcs ' +
    '的 了 和 与 及 或 在 是 有 为 个 台 套 件 把 我 我们 你 您 要 想 买 求 购 求购 采购 需要 需求 一批 一些 批 些 ' +
    '一 用于 用 于 等 款 种 类 请 报价 供应 提供 左右 以上 以下 希望 寻找 找 能 可 可以'
  ).split(' '),
);

/** Light English stemming: plurals, and British spellings the fair's texts mix in. */
export function stemEnglish(word: string): string {
  if (!LATIN_WORD.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(sses|xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (/[^aeiou]tre$/.test(w)) w = `${w.slice(0, -2)}er`;
  return w.replace(/^alumini?um$/, 'aluminum').replace(/mould/g, 'mold');
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a text as segmented, normalised and stemmed, in order, stop words kept. */
function rawWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(normalise(text))) if (s.isWordLike) out.push(stemEnglish(s.segment));
  return out;
}

interface Phrase {
  words: string[];
  entry: number;
}

/** Glossary lookups: Chinese terms by first character (longest first), English by first word. */
const zhByFirstChar = new Map<string, { term: string; entry: number }[]>();
const enByFirstWord = new Map<string, Phrase[]>();
TRADE_GLOSSARY.forEach((g, entry) => {
  for (const term of g.zh.map(normalise)) {
    const list = zhByFirstChar.get(term[0]) ?? [];
    list.push({ term, entry });
    list.sort((a, b) => b.term.length - a.term.length);
    zhByFirstChar.set(term[0], list);
  }
  for (const term of g.en) {
    const words = rawWords(term);
    const list = enByFirstWord.get(words[0]) ?? [];
    list.push({ words, entry });
    list.sort((a, b) => b.words.length - a.words.length);
    enByFirstWord.set(words[0], list);
  }
});

/**
 * Glossary terms in a text: Chinese ones by longest match left to right (so 发电机 is not also
 * read as 电机), a one-character term only when the segmenter made it a word of its own;
 * English ones as whole word sequences.
 */
function glossaryHits(text: string, words: string[]): { zhTerms: string[]; entries: Set<number> } {
  const zhTerms: string[] = [];
  const entries = new Set<number>();
  const wordSet = new Set(words);
  for (let i = 0; i < text.length; ) {
    const found = zhByFirstChar.get(text[i])?.find((c) => text.startsWith(c.term, i) && (c.term.length > 1 || wordSet.has(c.term)));
    if (!found) {
      i++;
      continue;
    }
    zhTerms.push(found.term);
    entries.add(found.entry);
    i += found.term.length;
  }
  for (let i = 0; i < words.length; i++) {
    const found = enByFirstWord.get(words[i])?.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (found) entries.add(found.entry);
  }
  return { zhTerms, entries };
}

function keep(word: string): boolean {
  return !STOP_WORDS.has(word) && !/^[\p{P}\p{S}]+$/u.test(word);
}

/** The terms of a text for the index: its words without stop words, plus whole glossary terms. */
export function tokenize(text: string): string[] {
  const normal = normalise(text);
  const words = rawWords(normal);
  const out = words.filter(keep);
  if (HAN.test(normal)) for (const term of glossaryHits(normal, words).zhTerms) if (!out.includes(term)) out.push(term);
  return out;
}

/** The other-language (and synonym) terms of the glossary entries a text mentions. */
export function expandQuery(text: string): string[] {
  const normal = normalise(text);
  const { entries } = glossaryHits(normal, rawWords(normal));
  const out: string[] = [];
  for (const entry of entries) {
    for (const term of [...TRADE_GLOSSARY[entry].zh, ...TRADE_GLOSSARY[entry].en]) {
      if (!normal.includes(normalise(term))) out.push(term);
    }
  }
  return out;
}

/** The glossary's phrases are few and asked for often: tokenised once each. */
const phraseCache = new Map<string, string[]>();
function phraseTerms(phrase: string): string[] {
  let terms = phraseCache.get(phrase);
  if (!terms) phraseCache.set(phrase, (terms = tokenize(phrase)));
  return terms;
}

/** A single Han character says little on its own (机, 车): it weighs less in a query. */
export const SINGLE_HAN_WEIGHT = 0.3;
export const EXPANSION_WEIGHT = 0.8;

/** Query terms with their weights: the intent's own words 1, glossary expansions 0.8. */
export function queryTerms(text: string, extra: { text: string; weight: number }[] = []): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => {
    const w = term.length === 1 && HAN.test(term) ? weight * SINGLE_HAN_WEIGHT : weight;
    if (w > (terms.get(term) ?? 0)) terms.set(term, w);
  };
  for (const t of tokenize(text)) add(t, 1);
  for (const phrase of expandQuery(text)) for (const t of phraseTerms(phrase)) add(t, EXPANSION_WEIGHT);
  for (const e of extra) for (const t of tokenize(e.text)) add(t, e.weight);
  return terms;
}
