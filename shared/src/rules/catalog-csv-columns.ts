import {
  CF_AWARD_STATUSES,
  DISPLAY_STATUSES,
  EXHIBIT_GROUPS,
  type CfAwardStatus,
  type DisplayStatus,
  type ExhibitGroup,
  type ExhibitInput,
} from '../model/exhibit.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * The catalogue's CSV format: one column per field of R1.1, headed in Chinese or English. The
 * headers are a file format, not UI text: an import must recognise them whichever language the
 * file was exported in, so they live here rather than in the message catalogues.
 */
export type CsvField = Exclude<keyof ExhibitInput, 'imageIds' | 'salespersonIds'> | 'images' | 'salespeople';

export interface CsvColumn {
  field: CsvField;
  zh: string;
  en: string;
  /** Other spellings people type, e.g. the form's labels or the guide's short forms. */
  aliases?: string[];
}

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { field: 'code', zh: '展品编码', en: 'Code', aliases: ['Exhibit code', '编码'] },
  { field: 'nameZh', zh: '展品名称（中文）', en: 'Name (Chinese)', aliases: ['中文名称', '展品名称'] },
  { field: 'nameEn', zh: '展品名称（英文）', en: 'Name (English)', aliases: ['英文名称', 'Name'] },
  { field: 'sectionId', zh: '展区', en: 'Section' },
  { field: 'category', zh: '类别', en: 'Category', aliases: ['展品类别'] },
  { field: 'keywords', zh: '关键词', en: 'Keywords' },
  { field: 'descriptionZh', zh: '展品描述（中文）', en: 'Description (Chinese)', aliases: ['中文描述'] },
  { field: 'descriptionEn', zh: '展品描述（英文）', en: 'Description (English)', aliases: ['英文描述'] },
  { field: 'specs', zh: '规格', en: 'Specifications', aliases: ['Specs'] },
  { field: 'price', zh: '价格', en: 'Price' },
  { field: 'moq', zh: '最小起订量', en: 'Minimum order', aliases: ['MOQ'] },
  { field: 'moqUnit', zh: '单位', en: 'Unit', aliases: ['起订单位'] },
  { field: 'origin', zh: '原产地', en: 'Origin' },
  { field: 'cfAward', zh: 'CF奖审核状态', en: 'CF award review', aliases: ['CF award', 'CF奖'] },
  { field: 'status', zh: '展示状态', en: 'Display status', aliases: ['Status', '状态'] },
  { field: 'groups', zh: '展品分组', en: 'Groups', aliases: ['分组', 'Group'] },
  { field: 'order', zh: '显示顺序', en: 'Display order', aliases: ['Order', '顺序'] },
  { field: 'pinned', zh: '置顶', en: 'Pinned', aliases: ['Pin'] },
  { field: 'salespeople', zh: '关联业务员', en: 'Salespeople', aliases: ['业务员', 'Salesperson'] },
  { field: 'images', zh: '图片', en: 'Images', aliases: ['Image ids', '图片编号'] },
];

/** Full-width brackets, spaces and case do not matter in a header: people retype them. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\s_]+/g, '')
    .toLowerCase();
}

const byHeader = new Map<string, CsvField>();
for (const c of CSV_COLUMNS) {
  for (const h of [c.field, c.zh, c.en, ...(c.aliases ?? [])]) byHeader.set(normaliseHeader(h), c.field);
}

export function fieldOfHeader(header: string): CsvField | undefined {
  return byHeader.get(normaliseHeader(header));
}

export function columnHeader(field: CsvField, locale: Locale): string {
  const c = CSV_COLUMNS.find((x) => x.field === field);
  return c ? (locale === 'zh-CN' ? c.zh : c.en) : field;
}

/** The words a cell may hold for each value, in both languages; the first of each is exported. */
const WORDS = {
  status: {
    listed: ['已上架', 'Listed', '上架', 'list'],
    unlisted: ['已下架', 'Unlisted', '下架', 'unlist'],
    banned: ['已封禁', 'Banned', '封禁'],
  },
  cfAward: {
    none: ['未申报', 'Not entered', '无', 'none'],
    pending: ['CF奖审核中', 'CF award under review', '审核中', 'pending'],
    approved: ['CF奖审核通过', 'CF award approved', '审核通过', '通过', 'approved'],
    rejected: ['CF奖审核拒绝', 'CF award rejected', '审核拒绝', '拒绝', 'rejected'],
  },
  groups: {
    latest: ['最新展品', 'Latest', '最新'],
    hot: ['热门展品', 'Hot', '热门'],
    recommended: ['推荐展品', 'Recommended', '推荐'],
  },
} as const satisfies {
  status: Record<DisplayStatus, readonly string[]>;
  cfAward: Record<CfAwardStatus, readonly string[]>;
  groups: Record<ExhibitGroup, readonly string[]>;
};

type WordKind = keyof typeof WORDS;
const ALLOWED = { status: DISPLAY_STATUSES, cfAward: CF_AWARD_STATUSES, groups: EXHIBIT_GROUPS };

/** The value a word names, in either language, or undefined. */
export function valueOfWord(kind: WordKind, word: string): string | undefined {
  const w = normaliseHeader(word);
  for (const value of ALLOWED[kind]) {
    const words: readonly string[] = (WORDS[kind] as Record<string, readonly string[]>)[value];
    if (normaliseHeader(value) === w || words.some((x) => normaliseHeader(x) === w)) return value;
  }
  return undefined;
}

export function wordOfValue(kind: WordKind, value: string, locale: Locale): string {
  const words: readonly string[] | undefined = (WORDS[kind] as Record<string, readonly string[]>)[value];
  return words ? words[locale === 'zh-CN' ? 0 : 1] : value;
}

const YES = ['是', 'yes', 'y', 'true', '1', '置顶', 'pinned'];
const NO = ['否', 'no', 'n', 'false', '0', ''];

export function boolOfWord(word: string): boolean | undefined {
  const w = normaliseHeader(word);
  if (YES.includes(w)) return true;
  if (NO.includes(w)) return false;
  return undefined;
}

export function wordOfBool(b: boolean, locale: Locale): string {
  return locale === 'zh-CN' ? (b ? '是' : '否') : b ? 'yes' : 'no';
}

/** Several values in one cell: `最新展品; 热门展品`, `a、b`, `a, b`. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[;；,，、|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
