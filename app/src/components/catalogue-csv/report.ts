import type { MessageKey } from '@fairdesk/shared';
import type { CsvField, CsvRowError, ImportNote } from '@fairdesk/shared/rules/catalog-csv';

/** The label a person knows a column by, in the UI's language (the form's labels where there is one). */
export const FIELD_LABEL: Record<CsvField, MessageKey> = {
  code: 'exhibit.field.code',
  nameZh: 'exhibit.field.nameZh',
  nameEn: 'exhibit.field.nameEn',
  sectionId: 'exhibit.field.section',
  category: 'exhibit.field.category',
  keywords: 'exhibit.field.keywords',
  descriptionZh: 'exhibit.field.descriptionZh',
  descriptionEn: 'exhibit.field.descriptionEn',
  specs: 'exhibit.field.specs',
  price: 'exhibit.field.price',
  moq: 'exhibit.field.moq',
  moqUnit: 'exhibit.field.moqUnit',
  origin: 'exhibit.field.origin',
  cfAward: 'exhibit.field.cfAward',
  status: 'exhibit.field.status',
  groups: 'csv.field.groups',
  order: 'exhibit.field.order',
  pinned: 'csv.field.pinned',
  images: 'csv.field.images',
  salespeople: 'csv.field.salespeople',
};

export interface ReportLine {
  kind: 'error' | 'note';
  row: number;
  field: CsvField | '';
  value: string;
  code: MessageKey;
  params: Record<string, string | number>;
}

/** Errors and notes together, by row, errors of a row first. */
export function reportLines(errors: readonly CsvRowError[], notes: readonly ImportNote[]): ReportLine[] {
  const lines: ReportLine[] = [
    ...errors.map((e) => ({ kind: 'error' as const, row: e.row, field: e.field, value: e.value ?? '', code: e.code, params: e.params ?? {} })),
    ...notes.map((n) => ({ kind: 'note' as const, row: n.row, field: '' as const, value: '', code: n.code, params: n.params ?? {} })),
  ];
  return lines.sort((a, b) => a.row - b.row || (a.kind === b.kind ? 0 : a.kind === 'error' ? -1 : 1));
}
