import type { CompanyId, SectionId } from './ids.ts';
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
  const sections = Array.isArray(input.sections) ? input.sections.filter(isRecord) : [];
  return r.result({
    id: r.text('id', { required: true, max: 64 }) as CompanyId,
    nameZh: r.text('nameZh', { required: true, max: 200 }),
    nameEn: r.text('nameEn', { max: 200 }),
    vip: r.bool('vip'),
    brand: r.bool('brand'),
    badges: r.list('badges', BADGES),
    sections: sections.map((s) => ({
      id: String(s.id) as SectionId,
      nameZh: String(s.nameZh ?? ''),
      nameEn: String(s.nameEn ?? ''),
    })),
  });
}
