import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { locale } from '../state/locale.svelte.ts';
import ExhibitsPage from './ExhibitsPage.svelte';
import { closeWorkspaces, openWorkspace as open } from './catalogue/test-workspace.ts';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await closeWorkspaces();
});

describe('exhibit catalogue page', () => {
  it('adds an exhibit after showing what is missing, lists and unlists it, and counts by status', async () => {
    locale.set('zh-CN');
    const { catalog, profile } = open('main');
    render(ExhibitsPage, { catalog, profile });

    await fireEvent.click(screen.getByRole('button', { name: '添加展品' }));
    const form = screen.getByRole('form', { name: '添加展品' });
    await fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(within(form).getByText('请至少填写中文或英文名称')).toBeInTheDocument();

    await fireEvent.input(within(form).getByLabelText('展品名称（中文）'), { target: { value: '<b>电钻</b>' } });
    await fireEvent.change(within(form).getByLabelText('展区'), { target: { value: 'sec-1' } });
    await fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const row = await screen.findByTestId('exhibit-row');
    // User text is shown as text, never as markup.
    expect(within(row).getByText('<b>电钻</b>')).toBeInTheDocument();
    expect(row.querySelector('b')).toBeNull();
    expect(within(row).getByText('五金')).toBeInTheDocument();
    expect(within(row).getByTestId('exhibit-status')).toHaveTextContent('已下架');

    await fireEvent.click(within(row).getByRole('button', { name: '立即上架' }));
    await waitFor(() => expect(within(screen.getByTestId('exhibit-row')).getByTestId('exhibit-status')).toHaveTextContent('已上架'));
    expect(screen.getByTestId('filter-listed')).toHaveTextContent('已上架 (1)');
    expect(screen.getByTestId('filter-unlisted')).toHaveTextContent('已下架 (0)');
  });

  it('keeps what was typed in an unsaved form across a reload of the page', async () => {
    locale.set('en');
    const { catalog, profile } = open('main');
    const first = render(ExhibitsPage, { catalog, profile });
    await fireEvent.click(screen.getByRole('button', { name: 'Add exhibit' }));
    await fireEvent.input(screen.getByLabelText('Name (English)'), { target: { value: 'Cordless drill' } });
    first.unmount();

    render(ExhibitsPage, { catalog, profile });
    await fireEvent.click(screen.getByRole('button', { name: 'Add exhibit' }));
    expect(screen.getByLabelText('Name (English)')).toHaveValue('Cordless drill');
  });

  it('offers a sub-account without the edit permission no way to change the catalogue', () => {
    locale.set('zh-CN');
    const { catalog, profile } = open('sub', ['receiveIntents']);
    render(ExhibitsPage, { catalog, profile });
    expect(screen.getByTestId('readonly-note')).toHaveTextContent('您没有编辑展品的权限');
    expect(screen.queryByRole('button', { name: '添加展品' })).toBeNull();
  });
});

describe('the UI language (R0.2)', () => {
  it('is kept per account on this device', () => {
    locale.useAccount('acc-a');
    locale.set('en');
    locale.useAccount('acc-b');
    locale.set('zh-CN');
    locale.useAccount('acc-a');
    expect(locale.current).toBe('en');
    locale.useAccount('acc-b');
    expect(locale.current).toBe('zh-CN');
  });
});
