import { isId, type CompanyId, type SectionId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/** 展区: an exhibition section a company exhibits in. */
export interface Section {
  id: SectionId;
  nameZh: string;
  nameEn: string;
}

export const BADGES = ['newExhibitor', 'multiSession', 'cfAward', 'iInviteAward', 'greenBooth', 'aeo'] as const;
export type Badge = (typeof BADGES)[number];

/** 企业信息 (R0.3). */
export interface Company {
  id: CompanyId;
  nameZh: string;
  nameEn: string;
  vip: boolean;
  brand: boolean;
  badges: Badge[];
  sections: Section[];
}

export function readCompany(input: unknown): Result<Company> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  const sections = readSections(r, input.sections);
  return r.result({
    id: r.text('id', { required: true, max: 64 }) as CompanyId,
    nameZh: r.text('nameZh', { required: true, max: 200 }),
    nameEn: r.text('nameEn', { max: 200 }),
    vip: r.bool('vip'),
    brand: r.bool('brand'),
    badges: r.list('badges', BADGES),
    sections,
  });
}

/** Sections are read like every other field: a safe id, trimmed and bounded names. */
function readSections(r: Reader, raw: unknown): Section[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.length > 100 || !raw.every(isRecord)) {
    r.errors.push({ field: 'sections', code: 'error.invalid' });
    return [];
  }
  return raw.map((s, i) => {
    const sr = new Reader(s);
    const section = {
      id: sr.text('id', { required: true, max: 64 }) as SectionId,
      nameZh: sr.text('nameZh', { max: 200 }),
      nameEn: sr.text('nameEn', { max: 200 }),
    };
    if (section.id && !isId(section.id)) sr.errors.push({ field: 'id', code: 'error.invalid' });
    for (const e of sr.errors) r.errors.push({ field: `sections.${i}.${e.field}`, code: e.code });
    return section;
  });
}
