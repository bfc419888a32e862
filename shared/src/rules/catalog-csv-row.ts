import { readExhibitInput } from '../model/exhibit.ts';
import type { MessageKey } from '../i18n/index.ts';
import { boolOfWord, splitList, valueOfWord, type CsvField } from './catalog-csv-columns.ts';
import type { CsvContext, CsvExhibitRow, CsvRowError } from './catalog-csv.ts';

/** Undoes the quote export puts before a cell Excel would run as a formula. */
function cell(raw: string | undefined): string {
  const s = (raw ?? '').trim();
  return /^'[=+\-@]/.test(s) ? s.slice(1) : s;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Reads one record (index 0 = the row after the header) into an exhibit input, mapping the
 * words of either language to values. Null for a row with nothing in it.
 */
export function readCsvRow(header: readonly (CsvField | undefined)[], record: readonly string[], index: number, ctx: CsvContext): { ok: true; value: CsvExhibitRow } | { ok: false; errors: CsvRowError[] } | null {
  if (record.every((c) => !c.trim())) return null;
  const row = index + 2;
  const errors: CsvRowError[] = [];
  const raw: Record<string, unknown> = {};
  const fields = new Set<CsvField>();
  header.forEach((field, i) => {
    if (!field || fields.has(field)) return;
    fields.add(field);
    const value = cell(record[i]);
    const bad = (code: MessageKey) => errors.push({ row, field, code, value: short(value) });
    switch (field) {
      case 'status': {
        // 已封禁 reads, so an exported catalogue imports back; the plan refuses it unless the exhibit is already banned.
        const v = value ? valueOfWord('status', value) : 'unlisted';
        if (!v) bad('csv.error.status');
        else raw.status = v;
        break;
      }
      case 'cfAward': {
        const v = value ? valueOfWord('cfAward', value) : 'none';
        if (!v) bad('csv.error.cfAward');
        else raw.cfAward = v;
        break;
      }
      case 'groups': {
        const words = splitList(value);
        const values = words.map((w) => valueOfWord('groups', w));
        if (values.some((v) => !v)) bad('csv.error.group');
        else raw.groups = values;
        break;
      }
      case 'pinned': {
        const v = boolOfWord(value);
        if (v === undefined) bad('csv.error.bool');
        else raw.pinned = v;
        break;
      }
      case 'sectionId': {
        const key = value.toLowerCase();
        const s = ctx.sections.find((x) => [x.id, x.nameZh, x.nameEn].some((n) => n.toLowerCase() === key));
        if (value && !s) bad('csv.error.section');
        else raw.sectionId = s?.id ?? '';
        break;
      }
      case 'salespeople': {
        const ids = splitList(value).map((w) => ctx.accounts.find((a) => a.login === w || a.id === w || a.name === w)?.id);
        if (ids.some((id) => !id)) bad('csv.error.salesperson');
        else raw.salespersonIds = ids;
        break;
      }
      case 'images':
        raw.imageIds = splitList(value);
        break;
      case 'moq':
      case 'order':
        // "1,000" is how spreadsheets show a thousand.
        raw[field] = /^\d{1,3}(,\d{3})+$/.test(value) ? value.replace(/,/g, '') : value;
        break;
      default:
        raw[field] = value;
    }
  });
  const parsed = readExhibitInput(raw);
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      const field = (e.field === 'imageIds' ? 'images' : e.field === 'salespersonIds' ? 'salespeople' : e.field) as CsvField;
      const col = header.indexOf(field);
      errors.push({ row, field, code: e.code, value: col >= 0 ? short(cell(record[col])) : undefined });
    }
  }
  // In the order of the file's columns, as the person reads the row.
  const at = (f: CsvField | '') => (f ? header.indexOf(f) : -1);
  if (errors.length) return { ok: false, errors: errors.sort((x, y) => at(x.field) - at(y.field)) };
  return parsed.ok ? { ok: true, value: { row, input: parsed.value, fields } } : { ok: false, errors };
}

