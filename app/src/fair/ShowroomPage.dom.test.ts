import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import * as Y from 'yjs';
import { showCompany, showExhibits, type SectionId, type ShowExhibit } from '@fairdesk/shared';
import { SyncedDoc } from '../sync/synced-doc.ts';
import { locale } from '../state/locale.svelte.ts';
import { ShowroomState } from './showroom.svelte.ts';
import ShowroomPage from './ShowroomPage.svelte';

const opened: SyncedDoc[] = [];

function exhibit(id: string, patch: Partial<ShowExhibit>): ShowExhibit {
  return {
    id: id as ShowExhibit['id'], code: '', nameZh: '', nameEn: '', sectionId: '', category: '', keywords: '', descriptionZh: '',
    descriptionEn: '', specs: '', price: '', moq: 0, moqUnit: '', origin: '', imageIds: [], groups: [], order: 0, pinned: false,
    recommended: 0, ...patch,
  };
}

/** A showroom doc on this device, offline, filled in the way the agent would write it. */
function showroom(): { state: ShowroomState; doc: Y.Doc } {
  const show = new SyncedDoc(`show:co${crypto.randomUUID().slice(0, 8)}`, 'ws://127.0.0.1:9/sync', 'offline-test');
  show.setOnline(false);
  opened.push(show);
  const doc = show.doc;
  doc.transact(() => {
    const c = showCompany(doc);
    c.set('nameZh', '广州示例机械有限公司');
    c.set('nameEn', 'Guangzhou Demo Machinery Co., Ltd.');
    c.set('brand', true);
    c.set('badges', ['cfAward']);
    c.set('sections', [{ id: 'sec-m' as SectionId, nameZh: '大型机械及设备', nameEn: 'Large machinery and equipment' }]);
    const e = showExhibits(doc);
    e.set('e1', exhibit('e1', { nameZh: '<img src=x onerror=alert(1)>装载机', nameEn: '', order: 0, sectionId: 'sec-m' as ShowExhibit['sectionId'] }));
    e.set('e2', exhibit('e2', { nameZh: '挖掘机', nameEn: 'Excavator', descriptionZh: '斗容 1.0 m³', descriptionEn: '1.0 m³ bucket', order: 1, recommended: 2, price: 'USD 68,000', moq: 1, moqUnit: 'unit', code: 'EX-220', imageIds: ['b1abc'] }));
    e.set('e3', exhibit('e3', { nameZh: '', nameEn: 'Generator set', descriptionEn: 'Silent canopy', order: 2 }));
  });
  return { state: new ShowroomState(show), doc };
}

afterEach(() => {
  cleanup();
  for (const d of opened.splice(0)) void d.purge();
});

describe('a company showroom', () => {
  it('shows the company, its badges and sections, and its exhibits recommended first, user text as text', async () => {
    locale.set('zh-CN');
    const { state, doc } = showroom();
    const before = Y.encodeStateVector(doc);
    render(ShowroomPage, { showroom: state });

    expect(screen.getByTestId('showroom-name')).toHaveTextContent('广州示例机械有限公司');
    expect(screen.getByText('Guangzhou Demo Machinery Co., Ltd.')).toBeInTheDocument();
    expect(screen.getByText('品牌企业')).toBeInTheDocument();
    expect(screen.getByText('CF 奖')).toBeInTheDocument();
    expect(screen.getAllByText('大型机械及设备').length).toBeGreaterThan(0);

    const cards = screen.getAllByTestId('show-exhibit');
    expect(cards.map((c) => within(c).getByTestId('show-exhibit-name').textContent)).toEqual([
      '挖掘机',
      '<img src=x onerror=alert(1)>装载机',
      'Generator set',
    ]);
    expect(within(cards[0]).getByTestId('recommended-marker')).toHaveTextContent('推荐展品');
    expect(within(cards[1]).queryByTestId('recommended-marker')).toBeNull();
    // The markup in a name stays text: no element was made from it.
    expect(cards[1].querySelector('img')).toBeNull();
    expect(within(cards[0]).getByText('斗容 1.0 m³')).toBeInTheDocument();
    expect(within(cards[0]).getByTestId('show-exhibit-moq')).toHaveTextContent('1 unit');
    const image = within(cards[0]).getByRole('img');
    expect(image).toHaveAttribute('src', '/api/blobs/b1abc');
    expect(image).toHaveAttribute('alt', '挖掘机（图片 1）');
    expect(within(cards[2]).getByText('Silent canopy')).toBeInTheDocument();

    // Reading never writes to the agent's doc.
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('switches to English, falling back to Chinese where a text has no English', async () => {
    locale.set('en');
    const { state } = showroom();
    render(ShowroomPage, { showroom: state });
    const cards = screen.getAllByTestId('show-exhibit');
    expect(within(cards[0]).getByTestId('show-exhibit-name')).toHaveTextContent('Excavator');
    expect(within(cards[0]).getByText('1.0 m³ bucket')).toBeInTheDocument();
    expect(within(cards[1]).getByTestId('show-exhibit-name')).toHaveTextContent('装载机');
    expect(within(cards[1]).getByText('Large machinery and equipment')).toBeInTheDocument();
    expect(screen.getByText('Brand enterprise')).toBeInTheDocument();
  });

  it('follows the agent: an exhibit taken off the showroom disappears, a newly recommended one moves first', async () => {
    locale.set('en');
    const { state, doc } = showroom();
    render(ShowroomPage, { showroom: state });
    doc.transact(() => {
      showExhibits(doc).delete('e2');
      showExhibits(doc).set('e3', exhibit('e3', { nameEn: 'Generator set', order: 2, recommended: 1 }));
    });
    await screen.findByText('Exhibits (2)');
    const names = screen.getAllByTestId('show-exhibit-name').map((n) => n.textContent);
    expect(names).toEqual(['Generator set', '<img src=x onerror=alert(1)>装载机']);
  });

  it('offers to post an intent about an exhibit when it can', async () => {
    locale.set('en');
    const { state } = showroom();
    const asked: string[] = [];
    render(ShowroomPage, { showroom: state, onAsk: (e: ShowExhibit) => asked.push(e.id) });
    const first = screen.getAllByTestId('show-exhibit')[0];
    await fireEvent.click(within(first).getByRole('button', { name: 'Post a purchase intent about this exhibit' }));
    expect(asked).toEqual(['e2']);
  });

  it('says so when a showroom was never saved on this device and the device is offline', async () => {
    locale.set('zh-CN');
    const show = new SyncedDoc('show:neverseen', 'ws://127.0.0.1:9/sync', 'offline-test');
    show.setOnline(false);
    opened.push(show);
    render(ShowroomPage, { showroom: new ShowroomState(show) });
    expect(await screen.findByTestId('showroom-not-saved')).toHaveTextContent('此展厅尚未保存到本设备');
    expect(screen.queryByTestId('show-exhibit')).toBeNull();
  });
});
