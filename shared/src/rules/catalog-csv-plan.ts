import { MAX_LISTED_EXHIBITS, type Exhibit, type ExhibitInput } from '../model/exhibit.ts';
import type { ExhibitId } from '../model/ids.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { CsvExhibitRow, CsvRowError } from './catalog-csv.ts';
import type { CsvField } from './catalog-csv-columns.ts';

/** What the import does with one good row. */
export type ImportStep =
  | { kind: 'add'; row: number; input: ExhibitInput }
  | { kind: 'update'; row: number; id: ExhibitId; patch: Partial<ExhibitInput> };

/** Something the report must say about a row that was imported, though not quite as written. */
export interface ImportNote {
  row: number;
  code: MessageKey;
  params?: Record<string, string | number>;
}

export interface ImportPlan {
  steps: ImportStep[];
  notes: ImportNote[];
  /** Rows refused while planning (a code used twice in the file). */
  errors: CsvRowError[];
}

const INPUT_KEY: Record<CsvField, keyof ExhibitInput> = {
  code: 'code', nameZh: 'nameZh', nameEn: 'nameEn', sectionId: 'sectionId', category: 'category',
  keywords: 'keywords', descriptionZh: 'descriptionZh', descriptionEn: 'descriptionEn', specs: 'specs',
  price: 'price', moq: 'moq', moqUnit: 'moqUnit', origin: 'origin', cfAward: 'cfAward', status: 'status',
  groups: 'groups', order: 'order', pinned: 'pinned', images: 'imageIds', salespeople: 'salespersonIds',
};

/**
 * Decides, for rows that read well, what to write: a row whose 展品编码 matches an exhibit
 * updates it (only the columns the file has), others are added. The 2,500-listed cap (R1.1) is
 * kept here so nothing is silently dropped: a row that would list beyond it is imported unlisted
 * and noted. Only the fair bans and lifts bans: a row cannot ban an exhibit, and a banned
 * exhibit keeps its ban whatever its row says.
 */
export function planCatalogImport(rows: readonly CsvExhibitRow[], existing: readonly Exhibit[]): ImportPlan {
  const byCode = new Map<string, Exhibit>();
  for (const e of existing) if (e.code && !byCode.has(e.code)) byCode.set(e.code, e);
  let listed = existing.filter((e) => e.status === 'listed').length;
  const firstRowOfCode = new Map<string, number>();
  const plan: ImportPlan = { steps: [], notes: [], errors: [] };

  for (const r of rows) {
    const code = r.input.code;
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first !== undefined) {
        plan.errors.push({ row: r.row, field: 'code', code: 'csv.error.duplicateCode', value: code, params: { row: first } });
        continue;
      }
      firstRowOfCode.set(code, r.row);
    }
    const current = code ? byCode.get(code) : undefined;
    const patch: Partial<ExhibitInput> = {};
    for (const f of r.fields) Object.assign(patch, { [INPUT_KEY[f]]: r.input[INPUT_KEY[f]] });
    const wasListed = current?.status === 'listed';

    if (patch.status === 'banned' && current?.status !== 'banned') {
      plan.errors.push({ row: r.row, field: 'status', code: 'csv.error.banned' });
      continue;
    }
    if (current?.status === 'banned' && patch.status !== undefined) {
      if (patch.status !== 'banned') plan.notes.push({ row: r.row, code: 'csv.note.keptBanned' });
      delete patch.status;
    }
    if (patch.status === 'listed' && !wasListed) {
      if (listed >= MAX_LISTED_EXHIBITS) {
        patch.status = 'unlisted';
        plan.notes.push({ row: r.row, code: 'csv.note.capped', params: { max: MAX_LISTED_EXHIBITS } });
      } else listed++;
    } else if (wasListed && patch.status !== undefined && patch.status !== 'listed') listed--;

    if (current) {
      plan.steps.push({ kind: 'update', row: r.row, id: current.id, patch });
      plan.notes.push({ row: r.row, code: 'csv.note.updated', params: { code } });
    } else {
      plan.steps.push({ kind: 'add', row: r.row, input: { ...r.input, ...patch } });
    }
  }
  return plan;
}
