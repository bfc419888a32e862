import Papa from 'papaparse';
import type { Account } from '../model/account.ts';
import type { Section } from '../model/company.ts';
import type { ExhibitInput } from '../model/exhibit.ts';
import type { MessageKey } from '../i18n/index.ts';
import { fieldOfHeader, type CsvField } from './catalog-csv-columns.ts';
import { readCsvRow } from './catalog-csv-row.ts';

/** A file bigger than this is refused before it is read: 5 MB is far more than 2,500 exhibits. */
export const CSV_MAX_BYTES = 5 * 1024 * 1024;
export const CSV_MAX_ROWS = 10_000;

/** What the import needs to know about the company to read names into ids. */
export interface CsvContext {
  sections: readonly Section[];
  accounts: readonly Pick<Account, 'id' | 'login' | 'name'>[];
}

/** One problem in one row, as the report lists it. `row` is the spreadsheet's row number. */
export interface CsvRowError {
  row: number;
  field: CsvField | '';
  code: MessageKey;
  /** What the cell held, shortened, so the person can find it. */
  value?: string;
  params?: Record<string, string | number>;
}

/** A row that reads as an exhibit. `fields` are the columns the file has: the others are kept on update. */
export interface CsvExhibitRow {
  row: number;
  input: ExhibitInput;
  fields: ReadonlySet<CsvField>;
}

export type CsvFile =
  | { ok: true; rows: CsvExhibitRow[]; errors: CsvRowError[]; total: number; ignoredColumns: string[] }
  | { ok: false; code: MessageKey; params?: Record<string, string | number> };

/** Bytes → text. A file saved by Excel as "CSV" in Chinese Windows is GBK: say so rather than import garbage. */
export function decodeCsvBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; code: MessageKey } {
  if (bytes.byteLength > CSV_MAX_BYTES) return { ok: false, code: 'csv.error.tooLarge' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, code: 'csv.error.encoding' };
  }
}

export interface CsvSplit {
  ok: true;
  header: (CsvField | undefined)[];
  /** Headers no field answers to (or a second column for the same field): they are not imported. */
  ignored: string[];
  records: string[][];
  /** Indexes of records whose quotes do not close: their cells cannot be trusted. */
  quoteErrorRows: Set<number>;
}

/** Splits the text into header and rows; rows are read one by one with readCsvRow so a UI can show progress. */
export function splitCsv(text: string): CsvSplit | { ok: false; code: MessageKey; params?: Record<string, string | number> } {
  if (!text.replace(/^\uFEFF/, '').trim()) return { ok: false, code: 'csv.error.empty' };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false });
  const [head, ...records] = parsed.data;
  const header = (head ?? []).map((h) => fieldOfHeader(h));
  if (!header.includes('nameZh') && !header.includes('nameEn')) return { ok: false, code: 'csv.error.noHeader' };
  if (records.length > CSV_MAX_ROWS) return { ok: false, code: 'csv.error.tooManyRows', params: { max: CSV_MAX_ROWS } };
  const ignored = (head ?? []).filter((h, i) => h.trim() && (!header[i] || header.indexOf(header[i]) !== i));
  // Papa counts the header as row 0, so its row is the record's index + 1.
  const quoteErrorRows = new Set(parsed.errors.flatMap((e) => (e.type === 'Quotes' && e.row !== undefined ? [e.row - 1] : [])));
  return { ok: true, header, ignored, records, quoteErrorRows };
}

/** Record i of a split file, or the quote error that makes it unreadable. */
export function readSplitRow(split: CsvSplit, i: number, ctx: CsvContext): ReturnType<typeof readCsvRow> {
  if (split.quoteErrorRows.has(i)) return { ok: false, errors: [{ row: i + 2, field: '', code: 'csv.error.quotes' }] };
  return readCsvRow(split.header, split.records[i], i, ctx);
}

/** The whole file at once (tests, small files); the app reads rows in batches to show progress. */
export function readCatalogCsv(text: string, ctx: CsvContext): CsvFile {
  const split = splitCsv(text);
  if (!split.ok) return split;
  const rows: CsvExhibitRow[] = [];
  const errors: CsvRowError[] = [];
  let total = 0;
  split.records.forEach((record, i) => {
    const result = readSplitRow(split, i, ctx);
    if (!result) return;
    total++;
    if (result.ok) rows.push(result.value);
    else errors.push(...result.errors);
  });
  return { ok: true, rows, errors, total, ignoredColumns: split.ignored };
}

export * from './catalog-csv-columns.ts';
export * from './catalog-csv-row.ts';
export * from './catalog-csv-export.ts';
export * from './catalog-csv-plan.ts';
