import type * as Y from 'yjs';
import {
  bansMap,
  recommendedCount,
  showCompany,
  showExhibits,
  type Company,
  type Exhibit,
  type ShowExhibit,
} from '@fairdesk/shared';

/**
 * `show:{cid}`, the public showroom (R6.1, R1.4): the company as the fair knows it and every
 * listed, unbanned exhibit with its recommended count. Unlisted and banned exhibits never reach
 * it; one that stops being listed is removed. Only what differs is written.
 */
function showExhibit(e: Exhibit, recommended: number): ShowExhibit {
  const { id, code, nameZh, nameEn, sectionId, category, keywords, descriptionZh, descriptionEn, specs, price, moq, moqUnit, origin } = e;
  return {
    id, code, nameZh, nameEn, sectionId, category, keywords, descriptionZh, descriptionEn, specs, price, moq, moqUnit, origin,
    imageIds: e.imageIds, groups: e.groups, order: e.order, pinned: e.pinned, recommended,
  };
}

export function projectShowroom(show: Y.Doc, company: Company, exhibits: Exhibit[], fair: Y.Doc): void {
  const head = showCompany(show);
  const fields: Partial<Company> = {
    id: company.id,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    badges: company.badges,
    sections: company.sections,
    vip: company.vip,
    brand: company.brand,
  };
  for (const [k, v] of Object.entries(fields)) {
    if (JSON.stringify(head.get(k)) !== JSON.stringify(v)) head.set(k, v as Company[keyof Company]);
  }
  const bans = bansMap(fair);
  const wanted = new Map<string, ShowExhibit>();
  for (const e of exhibits) {
    if (e.status === 'listed' && bans.get(e.id) !== true) wanted.set(e.id, showExhibit(e, recommendedCount(fair, e.id)));
  }
  const shown = showExhibits(show);
  for (const id of [...shown.keys()]) if (!wanted.has(id)) shown.delete(id);
  for (const [id, e] of wanted) {
    if (JSON.stringify(shown.get(id)) !== JSON.stringify(e)) shown.set(id, e);
  }
}
