import type { CardId } from './ids.ts';
import { Reader, isRecord, fail, type Result } from './validate.ts';

/** A business card (名片, R3.1). */
export interface Card {
  id: CardId;
  nameZh: string;
  nameEn: string;
  companyZh: string;
  companyEn: string;
  titleZh: string;
  titleEn: string;
  region: string;
  email: string;
  phone: string;
  fax: string;
  address: string;
}

export type CardInput = Omit<Card, 'id'>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\(?[0-9][0-9 ()-]{4,24}$/;

export function readCardInput(input: unknown): Result<CardInput> {
  if (!isRecord(input)) return fail([{ field: '', code: 'error.invalid' }]);
  const r = new Reader(input);
  const card: CardInput = {
    nameZh: r.text('nameZh', { max: 100 }),
    nameEn: r.text('nameEn', { max: 100 }),
    companyZh: r.text('companyZh', { max: 200 }),
    companyEn: r.text('companyEn', { max: 200 }),
    titleZh: r.text('titleZh', { max: 100 }),
    titleEn: r.text('titleEn', { max: 100 }),
    region: r.text('region', { max: 100 }),
    email: r.text('email', { max: 200 }),
    phone: r.text('phone', { max: 30 }),
    fax: r.text('fax', { max: 30 }),
    address: r.text('address', { max: 300 }),
  };
  if (!card.nameZh && !card.nameEn) r.errors.push({ field: 'nameZh', code: 'error.nameRequired' });
  if (card.email && !EMAIL.test(card.email)) r.errors.push({ field: 'email', code: 'error.email' });
  if (card.phone && !PHONE.test(card.phone)) r.errors.push({ field: 'phone', code: 'error.phone' });
  if (card.fax && !PHONE.test(card.fax)) r.errors.push({ field: 'fax', code: 'error.phone' });
  return r.result(card);
}
