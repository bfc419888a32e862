import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { addExhibit, blankExhibit, readExhibits, writeCompany, type CompanyId, type SectionId } from '@fairdesk/shared';
import { Workspace } from '../../sync/workspace.ts';
import { CatalogState } from '../../state/catalog.svelte.ts';
import { ProfileState } from '../../state/profile.svelte.ts';
import { locale } from '../../state/locale.svelte.ts';
import CatalogTools from './CatalogTools.svelte';
import type { Session } from '../../sync/session.ts';

const workspaces: Workspace[] = [];

/** A real main-account workspace on this (jsdom) device, kept offline. */
function open() {
  const session: Session = {
    token: 'offline-test',
    account: { id: `acc-${crypto.randomUUID().slice(0, 8)}`, companyId: 'co1', role: 'main', name: 'Test', permissions: [] },
  };
  const workspace = new Workspace(session, 'ws://127.0.0.1:9/sync');
  workspace.setOnline(false);
  workspaces.push(workspace);
  writeCompany(workspace.doc('profile')!.doc, {
    id: 'co1' as CompanyId,
    nameZh: '测试公司',
    nameEn: 'Test Co',
    vip: false,
    brand: false,
    badges: [],
    sections: [{ id: 'sec-1' as SectionId, nameZh: '五金', nameEn: 'Hardware' }],
  });
  const catalogDoc = workspace.doc('catalog')!.doc;
  return { workspace, catalogDoc, catalog: new CatalogState(workspace), profile: new ProfileState(workspace) };
}

const csvFile = (text: string | Uint8Array, name = 'exhibits.csv') => new File([text as BlobPart], name, { type: 'text/csv' });

async function importFile(file: File, allOrNothing = false) {
  await fireEvent.click(screen.getByRole('button', { name: locale.t('csv.import') }));
  const dialog = screen.getByRole('dialog');
  if (allOrNothing) await fireEvent.click(within(dialog).getByLabelText(locale.t('csv.allOrNothing')));
  await fireEvent.change(within(dialog).getByTestId('csv-file'), { target: { files: [file] } });
  await waitFor(() => expect(within(dialog).getByTestId('csv-progress')).toHaveAttribute('data-phase', 'done'));
  return dialog;
}

afterEach(async () => {
  cleanup();
  localStorage.clear();
  for (const w of workspaces.splice(0)) await w.purge();
});

describe('catalogue CSV import', () => {
  it('imports the good rows, lists every bad row by number, field and reason, and updates by code', async () => {
    locale.set('zh-CN');
    const { catalog, profile, catalogDoc } = open();
    addExhibit(catalogDoc, { ...blankExhibit(), code: 'OLD-1', nameZh: '旧名称', price: 'USD 1' });
    render(CatalogTools, { catalog, profile });

    const dialog = await importFile(
      csvFile(
        '\uFEFF展品编码,展品名称（中文）,Name (English),展区,最小起订量,展示状态\n' +
          'OLD-1,新名称,,五金,2,已上架\n' +
          'N-1,<img src=x onerror=alert(1)>,,Hardware,1,Unlisted\n' +
          'BAD-1,,,,1,已上架\n' +
          'BAD-2,数量,,,1.5,上下架\n',
      ),
    );
    expect(within(dialog).getByTestId('csv-summary')).toHaveTextContent('导入 2 条，2 条有错误未导入');
    expect(within(dialog).getByTestId('csv-summary')).toHaveTextContent('新增 1 条，按展品编码更新 1 条');
    const lines = within(dialog).getAllByTestId('csv-report-row').map((r) => [r.dataset.row, r.dataset.kind, ...[...r.querySelectorAll('td')].map((td) => td.textContent)]);
    expect(lines).toEqual([
      ['2', 'note', '2', '', '', '展品编码 OLD-1 已存在，已更新该展品'],
      ['4', 'error', '4', '展品名称（中文）', '', '请至少填写中文或英文名称'],
      ['5', 'error', '5', '最小起订量', '1.5', '请输入有效的数字'],
      ['5', 'error', '5', '展示状态', '上下架', '无法识别的展示状态，可填：已上架、已下架'],
    ]);

    const byCode = Object.fromEntries(readExhibits(catalogDoc).map((e) => [e.code, e]));
    expect(Object.keys(byCode).sort()).toEqual(['N-1', 'OLD-1']);
    expect(byCode['OLD-1']).toMatchObject({ nameZh: '新名称', price: 'USD 1', moq: 2, status: 'listed', sectionId: 'sec-1' });
    expect(byCode['N-1'].nameZh).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('imports nothing when asked to and a row is bad, and says so in English', async () => {
    locale.set('en');
    const { catalog, profile, catalogDoc } = open();
    render(CatalogTools, { catalog, profile });
    const dialog = await importFile(csvFile('Name (Chinese),Pinned\n好,yes\n坏,maybe\n'), true);
    expect(within(dialog).getByTestId('csv-summary')).toHaveTextContent('1 rows have errors; as you chose, no exhibit was imported');
    expect(within(dialog).getByTestId('csv-report-row')).toHaveTextContent('3PinnedmaybeUse yes or no');
    expect(readExhibits(catalogDoc)).toEqual([]);
  });

  it('refuses a GBK file with a clear message and writes nothing', async () => {
    locale.set('zh-CN');
    const { catalog, profile, catalogDoc } = open();
    render(CatalogTools, { catalog, profile });
    await fireEvent.click(screen.getByRole('button', { name: '导入' }));
    // "展品名称\n挖掘机" saved by a Chinese Excel as GBK.
    const gbk = new Uint8Array([0xd5, 0xb9, 0xc6, 0xb7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xcd, 0xda, 0xbe, 0xf2, 0xbb, 0xfa, 0x0a]);
    await fireEvent.change(screen.getByTestId('csv-file'), { target: { files: [csvFile(gbk)] } });
    expect(await screen.findByTestId('csv-file-error')).toHaveTextContent('文件不是 UTF-8 编码');
    expect(readExhibits(catalogDoc)).toEqual([]);
  });
});
