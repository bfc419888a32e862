import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import * as Y from 'yjs';
import { addExhibit, bansMap, blankExhibit, noticesArray, type ExhibitInput, type SectionId } from '@fairdesk/shared';
import { locale } from '../../state/locale.svelte.ts';
import ExhibitsPage from '../ExhibitsPage.svelte';
import { closeWorkspaces, openWorkspace } from './test-workspace.ts';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await closeWorkspaces();
});

const names = () => screen.queryAllByTestId('exhibit-row').map((r) => r.querySelector('.name')?.textContent?.trim());

function seed(catalogDoc: Y.Doc, exhibits: Partial<ExhibitInput>[]) {
  catalogDoc.transact(() => {
    for (const e of exhibits) {
      const r = addExhibit(catalogDoc, { ...blankExhibit(), ...e });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
    }
  });
}

async function page(exhibits: Partial<ExhibitInput>[]) {
  locale.set('zh-CN');
  const opened = openWorkspace('main');
  seed(opened.workspace.doc('catalog')!.doc, exhibits);
  render(ExhibitsPage, { catalog: opened.catalog, profile: opened.profile });
  // A bound for a loaded machine (the catalogue goes doc → IndexedDB → list), not a measurement.
  await waitFor(() => expect(screen.getByTestId('exhibit-count')).toHaveTextContent(`共 ${exhibits.length} 个展品`), { timeout: 20_000 });
  return opened;
}

const sec1 = 'sec-1' as SectionId;
const sec2 = 'sec-2' as SectionId;

describe('filters, search and pages', () => {
  it('counts each filter live and narrows the list by every filter and a search in either language', async () => {
    await page([
      { nameZh: '电钻', nameEn: 'Cordless drill', sectionId: sec1, status: 'listed', groups: ['hot'], salespersonIds: ['sales-li' as never] },
      { nameZh: '扳手', nameEn: 'Wrench', sectionId: sec1, status: 'unlisted', groups: ['latest'] },
      { nameZh: '刹车片', nameEn: 'Brake pads', sectionId: sec2, status: 'listed', keywords: 'ceramic' },
    ]);
    expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (2)');
    expect(screen.getByTestId('group-hot')).toHaveTextContent('热门展品 (1)');
    expect(screen.getByTestId('section-sec-2')).toHaveTextContent('汽车配件 (1)');
    expect(screen.getByTestId('salesperson-no')).toHaveTextContent('否 (2)');

    await fireEvent.click(screen.getByTestId('section-sec-1'));
    expect(names()).toEqual(expect.arrayContaining(['电钻', '扳手']));
    expect(names()).toHaveLength(2);
    // The status counts now count within 五金 only.
    expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (1)');
    await fireEvent.click(screen.getByTestId('salesperson-yes'));
    expect(names()).toEqual(['电钻']);

    await fireEvent.click(screen.getByTestId('section-all'));
    await fireEvent.click(screen.getByTestId('salesperson-all'));
    await fireEvent.input(screen.getByLabelText('搜索展品'), { target: { value: 'CERAMIC' } });
    expect(names()).toEqual(['刹车片']);
    await fireEvent.input(screen.getByLabelText('搜索展品'), { target: { value: '电' } });
    expect(names()).toEqual(['电钻']);
    expect(screen.getByTestId('filter-all')).toHaveTextContent('全部 (1)');
    await fireEvent.input(screen.getByLabelText('搜索展品'), { target: { value: '没有这个' } });
    expect(screen.getByText('暂无展品')).toBeInTheDocument();
  });

  it('shows 20 exhibits a page, pages forward and back and jumps to a page', { timeout: 30_000 }, async () => {
    await page(Array.from({ length: 45 }, (_, i) => ({ nameZh: `展品${String(i).padStart(2, '0')}`, order: i })));
    expect(names()).toHaveLength(20);
    expect(names()[0]).toBe('展品00');
    expect(screen.getByTestId('page-info')).toHaveTextContent('第 1 / 3 页');
    await fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(names()[0]).toBe('展品20');
    await fireEvent.input(screen.getByLabelText('跳至'), { target: { value: '3' } });
    await fireEvent.click(screen.getByRole('button', { name: '确定' }));
    expect(names()).toEqual(['展品40', '展品41', '展品42', '展品43', '展品44']);
    expect(screen.getByRole('button', { name: '下一页' })).toBeDisabled();
    // A new filter starts again at the first page.
    await fireEvent.click(screen.getByTestId('filter-unlisted'));
    expect(screen.getByTestId('page-info')).toHaveTextContent('第 1 / 3 页');
  });
});

describe('batch actions, pinning and salespeople', () => {
  it('unlists and lists the ticked exhibits and leaves a banned one as it is', async () => {
    await page([
      { nameZh: '甲', status: 'listed', order: 1 },
      { nameZh: '乙', status: 'listed', order: 2 },
      { nameZh: '丙', status: 'banned', order: 3 },
    ]);
    await fireEvent.click(screen.getByLabelText('选择展品 甲'));
    await fireEvent.click(screen.getByLabelText('选择展品 乙'));
    expect(screen.getByTestId('selected-count')).toHaveTextContent('已选 2 个展品');
    await fireEvent.click(screen.getByRole('button', { name: '批量下架' }));
    await waitFor(() => expect(screen.getByTestId('filter-unlisted')).toHaveTextContent('已下架 (2)'));
    expect(screen.getByTestId('catalogue-notice')).toHaveTextContent('已更新 2 个展品');

    await fireEvent.click(screen.getByLabelText('选择展品 丙'));
    await fireEvent.click(screen.getByRole('button', { name: '批量上架' }));
    await waitFor(() => expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (2)'));
    expect(screen.getByTestId('filter-banned')).toHaveTextContent('已封禁 (1)');
    expect(screen.getByRole('alert')).toHaveTextContent('1 个已封禁的展品未改变');
  });

  it('says what to do when nothing is ticked', async () => {
    await page([{ nameZh: '甲' }]);
    await fireEvent.click(screen.getByRole('button', { name: '批量上架' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请先勾选展品');
    await fireEvent.click(screen.getByRole('button', { name: '关联业务员' }));
    expect(screen.queryByTestId('salesperson-dialog')).toBeNull();
  });

  it('refuses a batch that would pass 2,500 listed exhibits, before writing anything', { timeout: 60_000 }, async () => {
    const listed = Array.from({ length: 2499 }, (_, i) => ({ nameZh: `已上架${i}`, status: 'listed' as const, order: i + 10 }));
    await page([{ nameZh: '新品一', order: 0 }, { nameZh: '新品二', order: 1 }, ...listed]);
    await fireEvent.click(screen.getByLabelText('选择展品 新品一'));
    await fireEvent.click(screen.getByLabelText('选择展品 新品二'));
    await fireEvent.click(screen.getByRole('button', { name: '批量上架' }));
    expect(screen.getByRole('alert')).toHaveTextContent('当前已上架2499个，最多还能上架1个');
    expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (2499)');
  });

  it('pins an exhibit to the top and unpins it', async () => {
    await page([
      { nameZh: '一号', order: 1 },
      { nameZh: '二号', order: 2 },
    ]);
    expect(names()).toEqual(['一号', '二号']);
    const second = screen.getAllByTestId('exhibit-row')[1];
    await fireEvent.click(within(second).getByRole('button', { name: '置顶' }));
    await waitFor(() => expect(names()).toEqual(['二号', '一号']));
    const top = screen.getAllByTestId('exhibit-row')[0];
    expect(within(top).getByTestId('pinned')).toHaveTextContent('置顶');
    await fireEvent.click(within(top).getByRole('button', { name: '取消置顶' }));
    await waitFor(() => expect(names()).toEqual(['一号', '二号']));
  });

  it('links salespeople to the ticked exhibits and filters by it', async () => {
    await page([{ nameZh: '一号' }, { nameZh: '二号' }, { nameZh: '三号' }]);
    await fireEvent.click(screen.getByLabelText('选择展品 一号'));
    await fireEvent.click(screen.getByLabelText('选择展品 三号'));
    await fireEvent.click(screen.getByRole('button', { name: '关联业务员' }));
    const dialog = screen.getByTestId('salesperson-dialog');
    expect(dialog).toHaveTextContent('为已选的 2 个展品关联以下业务员');
    await fireEvent.click(within(dialog).getByLabelText('张业务'));
    await fireEvent.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.getByTestId('salesperson-yes')).toHaveTextContent('是 (2)'));
    await fireEvent.click(screen.getByTestId('salesperson-yes'));
    expect(names().sort()).toEqual(['一号', '三号'].sort());
    for (const row of screen.getAllByTestId('exhibit-row')) expect(within(row).getByTestId('exhibit-salespeople')).toHaveTextContent('张业务');
  });
});

describe('what the fair decides', () => {
  it('shows an exhibit the fair banned as 已封禁, whatever the catalogue says, and offers no way to list or recommend it', async () => {
    const { workspace } = await page([{ nameZh: '仿冒品', status: 'listed' }]);
    const row = screen.getByTestId('exhibit-row');
    expect(within(row).getByRole('button', { name: '推荐' })).toBeInTheDocument();
    bansMap(workspace.doc('fair')!.doc).set(row.dataset.id!, true);
    await waitFor(() => expect(within(screen.getByTestId('exhibit-row')).getByTestId('exhibit-status')).toHaveTextContent('已封禁'));
    const banned = screen.getByTestId('exhibit-row');
    expect(within(banned).queryByRole('button', { name: '推荐' })).toBeNull();
    expect(within(banned).queryByRole('button', { name: '立即下架' })).toBeNull();
    expect(screen.getByTestId('filter-banned')).toHaveTextContent('已封禁 (1)');
    expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (0)');
  });

  it('shows a listing the agent undid at the cap, until dismissed', async () => {
    const { workspace } = await page([{ nameZh: '一号' }]);
    const fairDoc = workspace.doc('fair')!.doc;
    noticesArray(fairDoc).push([{ id: 'n1', at: Date.UTC(2025, 3, 15, 2, 0), key: 'catalogue.capReached', exhibitIds: ['a', 'b'] }]);
    const notice = await screen.findByTestId('fair-notice');
    expect(notice).toHaveTextContent('2025-04-15 10:00');
    expect(notice).toHaveTextContent('上架后将超过2500个已上架展品');
    await fireEvent.click(within(notice).getByRole('button', { name: '知道了' }));
    expect(screen.queryByTestId('fair-notice')).toBeNull();
  });
});
