import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { addExhibit, blankExhibit, readExhibits } from '@fairdesk/shared';
import { locale } from '../state/locale.svelte.ts';
import ExhibitsPage from './ExhibitsPage.svelte';
import { closeWorkspaces, openWorkspace } from './catalogue/test-workspace.ts';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await closeWorkspaces();
});

describe('the exhibit form', () => {
  it('fills every field of R1.1, shows the score growing as it is filled, and saves them all', async () => {
    locale.set('zh-CN');
    const { workspace, catalog, profile } = openWorkspace('main');
    render(ExhibitsPage, { catalog, profile });
    await fireEvent.click(screen.getByRole('button', { name: '添加展品' }));
    const form = screen.getByRole('form', { name: '添加展品' });
    expect(within(form).getByTestId('form-score')).toHaveTextContent('展品分：0');

    const text: Record<string, string> = {
      '展品名称（中文）': '无绳电钻',
      '展品名称（英文）': 'Cordless drill',
      展品编码: 'DR-18',
      类别: '电动工具 / Power tools',
      关键词: 'drill, 电钻',
      规格: '18 V, 2 Ah',
      价格: 'USD 35',
      单位: 'pcs',
      原产地: '宁波',
      '展品描述（中文）': '锂电池无绳电钻',
      '展品描述（英文）': 'Lithium cordless drill',
    };
    for (const [label, value] of Object.entries(text)) await fireEvent.input(within(form).getByLabelText(label), { target: { value } });
    await fireEvent.input(within(form).getByLabelText('最小起订量'), { target: { value: '100' } });
    await fireEvent.change(within(form).getByLabelText('展区'), { target: { value: 'sec-2' } });
    await fireEvent.change(within(form).getByLabelText('CF奖审核状态'), { target: { value: 'pending' } });
    await fireEvent.change(within(form).getByLabelText('展示状态'), { target: { value: 'listed' } });
    await fireEvent.input(within(form).getByLabelText('显示顺序'), { target: { value: '3' } });
    await fireEvent.click(within(form).getByLabelText('置顶显示'));
    await fireEvent.click(within(form).getByLabelText('热门展品'));
    await fireEvent.click(within(form).getByLabelText('推荐展品'));
    await fireEvent.click(within(form).getByLabelText('李业务'));
    // Everything but images: 100 less the 15 that images weigh.
    expect(within(form).getByTestId('form-score')).toHaveTextContent('展品分：85');
    await fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const row = await screen.findByTestId('exhibit-row');
    expect(within(row).getByTestId('exhibit-score')).toHaveTextContent('85');
    expect(within(row).getByTestId('exhibit-salespeople')).toHaveTextContent('李业务');
    expect(within(row).getByTestId('pinned')).toBeInTheDocument();
    const [saved] = readExhibits(workspace.doc('catalog')!.doc);
    expect(saved).toMatchObject({
      nameZh: '无绳电钻',
      nameEn: 'Cordless drill',
      code: 'DR-18',
      sectionId: 'sec-2',
      moq: 100,
      moqUnit: 'pcs',
      origin: '宁波',
      cfAward: 'pending',
      status: 'listed',
      order: 3,
      pinned: true,
      salespersonIds: ['sales-li'],
      imageIds: [],
    });
    expect([...saved.groups].sort()).toEqual(['hot', 'recommended']);
  });

  it('shows a banned exhibit as banned and keeps it so when saved', async () => {
    locale.set('zh-CN');
    const { workspace, catalog, profile } = openWorkspace('main');
    addExhibit(workspace.doc('catalog')!.doc, { ...blankExhibit(), nameZh: '仿冒品', status: 'banned' });
    render(ExhibitsPage, { catalog, profile });
    const row = await screen.findByTestId('exhibit-row');
    expect(within(row).queryByRole('button', { name: '立即上架' })).toBeNull();
    await fireEvent.click(within(row).getByRole('button', { name: '编辑' }));
    const form = screen.getByRole('form', { name: '编辑' });
    expect(within(form).getByTestId('form-banned')).toHaveTextContent('已封禁');
    expect(within(form).queryByLabelText('展示状态')).toBeNull();
    await fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(readExhibits(workspace.doc('catalog')!.doc)[0].status).toBe('banned');
  });

  it('refuses a picked file that is not an image, with its name, and keeps the form as typed', async () => {
    locale.set('zh-CN');
    const { catalog, profile } = openWorkspace('main');
    render(ExhibitsPage, { catalog, profile });
    await fireEvent.click(screen.getByRole('button', { name: '添加展品' }));
    const form = screen.getByRole('form', { name: '添加展品' });
    await fireEvent.input(within(form).getByLabelText('展品名称（中文）'), { target: { value: '电钻' } });
    const file = new File(['name,code'], 'catalogue.csv', { type: 'text/csv' });
    await fireEvent.change(within(form).getByLabelText('添加图片'), { target: { files: [file] } });
    expect(await within(form).findByRole('alert')).toHaveTextContent('“catalogue.csv”不是图片文件');
    expect(within(form).getByLabelText('展品名称（中文）')).toHaveValue('电钻');
    expect(within(form).queryByTestId('exhibit-image')).toBeNull();
  });
});
