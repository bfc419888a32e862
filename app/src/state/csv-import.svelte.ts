import type * as Y from 'yjs';
import { addExhibit, updateExhibit, type Exhibit, type MessageKey } from '@fairdesk/shared';
import {
  CSV_MAX_BYTES,
  decodeCsvBytes,
  planCatalogImport,
  readSplitRow,
  splitCsv,
  type CsvContext,
  type CsvExhibitRow,
  type CsvRowError,
  type ImportNote,
} from '@fairdesk/shared/rules/catalog-csv';

export type ImportPhase = 'idle' | 'reading' | 'checking' | 'writing' | 'done' | 'failed';

/** Rows per Y.Doc transaction: one update on the wire each, and the bar moves between them. */
export const IMPORT_BATCH = 200;

/** What the import writes into and checks against; the catalogue state provides it. */
export interface ImportTarget {
  doc(): Y.Doc;
  exhibits(): readonly Exhibit[];
  context(): CsvContext;
}

/** How many rows have an error (a row may have several). */
function countRows(errors: readonly CsvRowError[]): number {
  const rows = errors.map((e) => e.row).sort((a, b) => a - b);
  return rows.filter((r, i) => i === 0 || rows[i - 1] !== r).length;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * One CSV import (R1.3): read, check every row, write the good rows in batches, and keep a report
 * that says exactly what was imported and what was not. Nothing is half-imported silently.
 */
export class CsvImportState {
  phase = $state<ImportPhase>('idle');
  done = $state(0);
  total = $state(0);
  /** Why the whole file was refused. */
  fileError = $state<MessageKey | null>(null);
  errors = $state<CsvRowError[]>([]);
  notes = $state<ImportNote[]>([]);
  ignoredColumns = $state<string[]>([]);
  added = $state(0);
  updated = $state(0);
  /** Import nothing when any row is bad. */
  allOrNothing = $state(false);

  /** Rows with at least one error: none of them was imported. */
  readonly failedRows = $derived(countRows(this.errors));
  readonly imported = $derived(this.added + this.updated);
  readonly busy = $derived(this.phase === 'reading' || this.phase === 'checking' || this.phase === 'writing');

  constructor(private readonly target: ImportTarget) {}

  reset(): void {
    this.phase = 'idle';
    this.done = this.total = this.added = this.updated = 0;
    this.fileError = null;
    this.errors = [];
    this.notes = [];
    this.ignoredColumns = [];
  }

  async run(file: Blob): Promise<void> {
    if (this.busy) return;
    this.reset();
    if (file.size > CSV_MAX_BYTES) return this.refuse('csv.error.tooLarge');
    this.phase = 'reading';
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return this.refuse('csv.error.read');
    }
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) return this.refuse(decoded.code);
    const split = splitCsv(decoded.text);
    if (!split.ok) return this.refuse(split.code);
    this.ignoredColumns = split.ignored;

    const rows = await this.check(split);
    const plan = planCatalogImport(rows, this.target.exhibits());
    this.errors = [...this.errors, ...plan.errors].sort((a, b) => a.row - b.row);
    if (this.allOrNothing && this.errors.length) {
      this.phase = 'done';
      return;
    }
    this.notes = plan.notes;
    await this.write(plan.steps);
    this.phase = 'done';
  }

  private async check(split: Extract<ReturnType<typeof splitCsv>, { ok: true }>): Promise<CsvExhibitRow[]> {
    this.phase = 'checking';
    this.total = split.records.length;
    const rows: CsvExhibitRow[] = [];
    const errors: CsvRowError[] = [];
    const ctx = this.target.context();
    for (let i = 0; i < split.records.length; i++) {
      const result = readSplitRow(split, i, ctx);
      if (result?.ok) rows.push(result.value);
      else if (result) errors.push(...result.errors);
      if ((i + 1) % IMPORT_BATCH === 0) {
        this.done = i + 1;
        await nextTask();
      }
    }
    this.done = this.total;
    this.errors = errors;
    return rows;
  }

  private async write(steps: ReturnType<typeof planCatalogImport>['steps']): Promise<void> {
    this.phase = 'writing';
    this.total = steps.length;
    this.done = 0;
    const doc = this.target.doc();
    for (let start = 0; start < steps.length; start += IMPORT_BATCH) {
      const batch = steps.slice(start, start + IMPORT_BATCH);
      const refused: CsvRowError[] = [];
      doc.transact(() => {
        for (const step of batch) {
          const result = step.kind === 'add' ? addExhibit(doc, step.input) : updateExhibit(doc, step.id, step.patch);
          if (!result.ok) {
            for (const e of result.errors) refused.push({ row: step.row, field: '', code: e.code });
          } else if (step.kind === 'add') this.added++;
          else this.updated++;
        }
      });
      if (refused.length) this.errors = [...this.errors, ...refused].sort((a, b) => a.row - b.row);
      this.done = Math.min(steps.length, start + batch.length);
      await nextTask();
    }
  }

  private refuse(code: MessageKey): void {
    this.fileError = code;
    this.phase = 'failed';
  }
}
