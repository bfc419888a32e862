import type { AccountId, ExhibitId, SectionId } from './ids.ts';
import { Reader, isRecord, fail, type FieldError, type Result } from './validate.ts';

/** 展示状态 (R1.1): listed 已上架, unlisted 已下架, banned 已封禁 (set by the fair only). */
export const DISPLAY_STATUSES = ['listed', 'unlisted', 'banned'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** CF奖审核状态. */
export const CF_AWARD_STATUSES = ['none', 'pending', 'approved', 'rejected'] as const;
export type CfAwardStatus = (typeof CF_AWARD_STATUSES)[number];

/** 展品分组: latest 最新, hot 热门, recommended 推荐. */
export const EXHIBIT_GROUPS = ['latest', 'hot', 'recommended'] as const;
export type ExhibitGroup = (typeof EXHIBIT_GROUPS)[number];

/** At most this many listed exhibits per company (R1.1). */
export const MAX_LISTED_EXHIBITS = 2500;

/** An exhibit of the catalogue (展品管理, R1.1). */
export interface Exhibit {
  id: ExhibitId;
  code: string;
  nameZh: string;
  nameEn: string;
  sectionId: SectionId | '';
  category: string;
  keywords: string;
  descriptionZh: string;
  descriptionEn: string;
  specs: string;
  price: string;
  moq: number;
  moqUnit: string;
  origin: string;
  imageIds: string[];
  cfAward: CfAwardStatus;
  status: DisplayStatus;
  groups: ExhibitGroup[];
  order: number;
  pinned: boolean;
  salespersonIds: AccountId[];
  createdAt: number;
  updatedAt: number;
}

/** The fields a person fills in; the rest is kept by the system. */
export type ExhibitInput = Omit<Exhibit, 'id' | 'createdAt' | 'updatedAt'>;

export const EXHIBIT_TEXT_FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'category',
  'keywords',
  'descriptionZh',
  'descriptionEn',
  'specs',
  'price',
  'moqUnit',
  'origin',
] as const;

const LIMITS: Record<(typeof EXHIBIT_TEXT_FIELDS)[number], number> = {
  code: 64,
  nameZh: 200,
  nameEn: 200,
  category: 100,
  keywords: 300,
  descriptionZh: 5000,
  descriptionEn: 5000,
  specs: 2000,
  price: 100,
  moqUnit: 20,
  origin: 100,
};

/**
 * Reads an exhibit from a form, an import row or a doc. A name is required in at least one
 * language; a fair's buyers search in both, so either is enough to save.
 */
export function readExhibitInput(input: unknown): Result<ExhibitInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const { value, errors } = parseExhibit(input);
  return errors.length ? fail(errors) : { ok: true, value };
}

/**
 * Reads an exhibit already in a doc. Merges can leave a record that a form would refuse (device A
 * clears the Chinese name while device B clears the English one); it must still show, so that
 * someone can fix it, rather than vanish from every list.
 */
export function readStoredExhibit(input: unknown): ExhibitInput | null {
  return isRecord(input) ? parseExhibit(input).value : null;
}

function parseExhibit(input: Record<string, unknown>): { value: ExhibitInput; errors: FieldError[] } {
  const r = new Reader(input);
  const text = Object.fromEntries(EXHIBIT_TEXT_FIELDS.map((f) => [f, r.text(f, { max: LIMITS[f] })])) as Record<
    (typeof EXHIBIT_TEXT_FIELDS)[number],
    string
  >;
  if (!text.nameZh && !text.nameEn) r.errors.push({ field: 'nameZh', code: 'error.nameRequired' });
  const value: ExhibitInput = {
    ...text,
    sectionId: r.text('sectionId', { max: 64 }) as SectionId | '',
    moq: r.number('moq', { min: 0, max: 1e9, integer: true }),
    imageIds: r.list('imageIds', undefined, 20),
    cfAward: r.oneOf('cfAward', CF_AWARD_STATUSES, 'none'),
    status: r.oneOf('status', DISPLAY_STATUSES, 'unlisted'),
    groups: r.list('groups', EXHIBIT_GROUPS),
    order: r.number('order', { min: 0, max: 1e6, integer: true }),
    pinned: r.bool('pinned'),
    salespersonIds: r.list<AccountId>('salespersonIds'),
  };
  return { value, errors: r.errors };
}

/** A blank exhibit for the add form. */
export function blankExhibit(): ExhibitInput {
  return {
    code: '',
    nameZh: '',
    nameEn: '',
    sectionId: '',
    category: '',
    keywords: '',
    descriptionZh: '',
    descriptionEn: '',
    specs: '',
    price: '',
    moq: 0,
    moqUnit: '',
    origin: '',
    imageIds: [],
    cfAward: 'none',
    status: 'unlisted',
    groups: [],
    order: 0,
    pinned: false,
    salespersonIds: [],
  };
}

/** Display order of the catalogue list: pinned first, then by display order, then newest. */
export function compareExhibits(a: Exhibit, b: Exhibit): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  if (a.order !== b.order) return a.order - b.order;
  return b.createdAt - a.createdAt;
}

/** The name to show in a locale, falling back to the other language. */
export function exhibitName(e: Pick<Exhibit, 'nameZh' | 'nameEn'>, locale: string): string {
  return locale.startsWith('zh') ? e.nameZh || e.nameEn : e.nameEn || e.nameZh;
}
