import * as Y from 'yjs';
import {
  BADGES,
  EXHIBIT_GROUPS,
  compareShowExhibits,
  isId,
  isRecord,
  showCompany,
  showExhibits,
  type Badge,
  type Company,
  type ExhibitGroup,
  type Section,
  type ShowExhibit,
} from '@fairdesk/shared';

/** What a showroom shows of its company (R0.3): names, tier, badges, sections. */
export type ShowroomCompany = Omit<Company, 'id'>;

export interface Showroom {
  company: ShowroomCompany | null;
  /** Listed exhibits in showroom order: recommended first (R6.1). */
  exhibits: ShowExhibit[];
}

/**
 * Reads a `show:{cid}` doc. The agent writes it, but the page still reads it defensively: a field
 * of the wrong type becomes empty rather than breaking the page.
 */
export function readShowroom(doc: Y.Doc): Showroom {
  const c = showCompany(doc);
  const company: ShowroomCompany | null = c.size
    ? {
        nameZh: str(c.get('nameZh')),
        nameEn: str(c.get('nameEn')),
        vip: c.get('vip') === true,
        brand: c.get('brand') === true,
        badges: strings(c.get('badges')).filter((b): b is Badge => (BADGES as readonly string[]).includes(b)),
        sections: sections(c.get('sections')),
      }
    : null;
  const exhibits: ShowExhibit[] = [];
  showExhibits(doc).forEach((value, id) => {
    const e = readShowExhibit(id, value);
    if (e) exhibits.push(e);
  });
  return { company, exhibits: exhibits.sort(compareShowExhibits) };
}

export function readShowExhibit(id: string, value: unknown): ShowExhibit | null {
  // The schema stores plain objects; a nested Y.Map is read the same way.
  const v: unknown = value instanceof Y.Map ? value.toJSON() : value;
  if (!isRecord(v) || !isId(id)) return null;
  return {
    id: id as ShowExhibit['id'],
    code: str(v.code),
    nameZh: str(v.nameZh),
    nameEn: str(v.nameEn),
    sectionId: str(v.sectionId) as ShowExhibit['sectionId'],
    category: str(v.category),
    keywords: str(v.keywords),
    descriptionZh: str(v.descriptionZh),
    descriptionEn: str(v.descriptionEn),
    specs: str(v.specs),
    price: str(v.price),
    moq: num(v.moq),
    moqUnit: str(v.moqUnit),
    origin: str(v.origin),
    imageIds: strings(v.imageIds).filter(isId),
    groups: strings(v.groups).filter((g): g is ExhibitGroup => (EXHIBIT_GROUPS as readonly string[]).includes(g)),
    order: num(v.order),
    pinned: v.pinned === true,
    recommended: num(v.recommended),
  };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function sections(v: unknown): Section[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).flatMap((s) => (isId(s.id) ? [{ id: s.id, nameZh: str(s.nameZh), nameEn: str(s.nameEn) } as Section] : []));
}
