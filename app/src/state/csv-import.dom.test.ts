import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addExhibit, blankExhibit, readExhibits, MAX_LISTED_EXHIBITS } from '@fairdesk/shared';
import { CsvImportState, IMPORT_BATCH } from './csv-import.svelte.ts';

function importer(doc = new Y.Doc()) {
  const state = new CsvImportState({ doc: () => doc, exhibits: () => readExhibits(doc), context: () => ({ sections: [], accounts: [] }) });
  return { doc, state };
}

const file = (lines: string[]) => new Blob(['\uFEFF' + lines.join('\n')], { type: 'text/csv' });

describe('CSV import state', () => {
  it(`writes ${IMPORT_BATCH} rows per transaction and counts what it imported`, async () => {
    const { doc, state } = importer();
    let transactions = 0;
    doc.on('update', () => transactions++);
    const rows = Array.from({ length: 2 * IMPORT_BATCH + 50 }, (_, i) => `C${i},展品${i}`);
    await state.run(file(['展品编码,展品名称（中文）', ...rows]));
    expect(state.phase).toBe('done');
    expect(transactions).toBe(3);
    expect(readExhibits(doc)).toHaveLength(2 * IMPORT_BATCH + 50);
    expect([state.imported, state.added, state.failedRows]).toEqual([2 * IMPORT_BATCH + 50, 2 * IMPORT_BATCH + 50, 0]);
  });

  it('imports rows beyond the listed cap as unlisted and notes each one', async () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < MAX_LISTED_EXHIBITS - 1; i++) addExhibit(doc, { ...blankExhibit(), nameZh: `已有${i}`, status: 'listed' });
    });
    const { state } = importer(doc);
    await state.run(file(['展品名称（中文）,展示状态', '甲,已上架', '乙,已上架', '丙,listed']));
    const listed = readExhibits(doc).filter((e) => e.status === 'listed');
    expect(listed).toHaveLength(MAX_LISTED_EXHIBITS);
    expect(state.imported).toBe(3);
    expect(state.notes.map((n) => [n.row, n.code])).toEqual([
      [3, 'csv.note.capped'],
      [4, 'csv.note.capped'],
    ]);
  });

  it('refuses an oversized file before reading it', async () => {
    const { doc, state } = importer();
    await state.run(new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]));
    expect([state.phase, state.fileError]).toEqual(['failed', 'csv.error.tooLarge']);
    expect(readExhibits(doc)).toEqual([]);
  });
});
