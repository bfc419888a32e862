import Papa from 'papaparse';
import type { Exhibit } from '../model/exhibit.ts';
import type { Locale } from '../i18n/index.ts';
import { CSV_COLUMNS, columnHeader, wordOfBool, wordOfValue } from './catalog-csv-columns.ts';
import type { CsvContext } from './catalog-csv.ts';

/** Exhibits → CSV text with a BOM, so Excel opens the Chinese correctly; readCatalogCsv reads it back. */
export function catalogToCsv(exhibits: readonly Exhibit[], locale: Locale, ctx: CsvContext): string {
  const zh = locale === 'zh-CN';
  const rows = exhibits.map((e) =>
    CSV_COLUMNS.map(({ field }): string => {
      switch (field) {
        case 'status':
        case 'cfAward':
          return wordOfValue(field, e[field], locale);
        case 'groups':
          return e.groups.map((g) => wordOfValue('groups', g, locale)).join('; ');
        case 'pinned':
          return wordOfBool(e.pinned, locale);
        case 'sectionId': {
          const s = ctx.sections.find((x) => x.id === e.sectionId);
          return s ? (zh ? s.nameZh || s.nameEn : s.nameEn || s.nameZh) : e.sectionId;
        }
        case 'salespeople':
          return e.salespersonIds.map((id) => ctx.accounts.find((a) => a.id === id)?.login ?? id).join('; ');
        case 'images':
          return e.imageIds.join('; ');
        default:
          return String(e[field]);
      }
    }),
  );
  const header = CSV_COLUMNS.map((c) => columnHeader(c.field, locale));
  return '\uFEFF' + Papa.unparse({ fields: header, data: rows }, { escapeFormulae: /^[=+\-@]/, newline: '\r\n' });
}
