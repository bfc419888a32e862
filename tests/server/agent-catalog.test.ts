import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_LISTED_EXHIBITS,
  addExhibit,
  addRequest,
  bansMap,
  compareShowExhibits,
  noticesArray,
  readExhibit,
  readExhibits,
  showCompany,
  showExhibits,
  updateExhibit,
  type Exhibit,
  type FairNotice,
} from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until } from './clients.ts';
import { outcome, synced, tokenOf } from './agent-fixtures.ts';

let server: RunningServer;
let mainToken: string;

beforeAll(async () => {
  server = await startServer();
  mainToken = await tokenOf(server, 'demo-main');
});
afterAll(async () => {
  await server?.stop();
});

const lastNotice = (notices: FairNotice[], key: string) => notices.filter((n) => n.key === key).at(-1);

describe('bans', () => {
  it('keep a banned exhibit banned and undo a ban an exhibitor sets, each with a notice', async () => {
    const catalog = await synced(server, 'co:demo:catalog', mainToken);
    const fair = await synced(server, 'co:demo:fair', mainToken);
    const banned = readExhibits(catalog.doc).find((e) => e.status === 'banned') as Exhibit;
    expect(bansMap(fair.doc).get(banned.id)).toBe(true);
    expect(readExhibits(catalog.doc).filter((e) => e.status === 'listed')).toHaveLength(4);

    expect(updateExhibit(catalog.doc, banned.id, { status: 'listed' }).ok).toBe(true);
    await until(() => readExhibit(catalog.doc, banned.id)?.status === 'banned', 'the ban restored');
    await until(() => lastNotice(noticesArray(fair.doc).toArray(), 'agent.banKept') !== undefined, 'a notice');
    expect(lastNotice(noticesArray(fair.doc).toArray(), 'agent.banKept')?.exhibitIds).toEqual([banned.id]);

    const unlisted = readExhibits(catalog.doc).find((e) => e.status === 'unlisted') as Exhibit;
    expect(updateExhibit(catalog.doc, unlisted.id, { status: 'banned' }).ok).toBe(true);
    await until(() => readExhibit(catalog.doc, unlisted.id)?.status === 'unlisted', 'the self-made ban undone');
    await until(() => lastNotice(noticesArray(fair.doc).toArray(), 'agent.banOnlyByFair') !== undefined, 'a notice');
    expect(lastNotice(noticesArray(fair.doc).toArray(), 'agent.banOnlyByFair')?.exhibitIds).toEqual([unlisted.id]);
    catalog.destroy();
    fair.destroy();
  });
});

describe('the showroom show:{cid}', () => {
  it('shows the company and its listed exhibits, recommended first; never unlisted or banned ones', async () => {
    const buyer = await synced(server, 'show:demo', await tokenOf(server, 'demo-buyer'));
    const catalog = await synced(server, 'co:demo:catalog', mainToken);
    const desk = await synced(server, 'co:demo:acct:demo-main', mainToken);
    const all = readExhibits(catalog.doc);
    const listed = all.filter((e) => e.status === 'listed');
    await until(() => showExhibits(buyer.doc).size === listed.length, 'the listed exhibits in the showroom');
    expect(showCompany(buyer.doc).toJSON()).toMatchObject({
      nameZh: '广州示例机械有限公司',
      nameEn: 'Guangzhou Demo Machinery Co., Ltd.',
      brand: true,
      vip: false,
      badges: ['newExhibitor', 'cfAward'],
    });
    expect([...showExhibits(buyer.doc).keys()].sort()).toEqual(listed.map((e) => e.id).sort());
    const shown = showExhibits(buyer.doc).get(listed[0].id);
    expect(shown).toMatchObject({ nameZh: listed[0].nameZh, nameEn: listed[0].nameEn, imageIds: [], recommended: 0 });
    expect(shown).not.toHaveProperty('salespersonIds');
    expect(shown).not.toHaveProperty('status');

    const last = [...listed].sort((a, b) => b.order - a.order)[0];
    await outcome(desk.doc, addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: last.id }));
    await until(() => showExhibits(buyer.doc).get(last.id)?.recommended === 1, 'the recommended count in the showroom');
    const ordered = [...showExhibits(buyer.doc).values()].sort(compareShowExhibits);
    expect(ordered[0].id).toBe(last.id);

    expect(updateExhibit(catalog.doc, listed[0].id, { status: 'unlisted' }).ok).toBe(true);
    await until(() => !showExhibits(buyer.doc).has(listed[0].id), 'the unlisted exhibit gone from the showroom');
    expect(updateExhibit(catalog.doc, listed[0].id, { nameEn: 'Edited while unlisted' }).ok).toBe(true);
    const added = addExhibit(catalog.doc, { nameZh: '新上架的电机', nameEn: 'Newly listed motor', status: 'listed', imageIds: ['a'.repeat(64)] });
    if (!added.ok) throw new Error('invalid exhibit');
    await until(() => showExhibits(buyer.doc).get(added.value.id)?.imageIds[0] === 'a'.repeat(64), 'the new exhibit with its image id');
    expect(showExhibits(buyer.doc).has(listed[0].id)).toBe(false);
    for (const id of showExhibits(buyer.doc).keys()) expect(readExhibit(catalog.doc, id)?.status).toBe('listed');
    for (const c of [buyer, catalog, desk]) c.destroy();
  });
});

describe('the 2,500-listed cap', () => {
  it('sets the most recently updated listed exhibits over 2,500 back to unlisted and says which', async () => {
    const own = await startServer();
    const token = await tokenOf(own, 'demo-main');
    const catalog = await synced(own, 'co:demo:catalog', token);
    const fair = await synced(own, 'co:demo:fair', token);
    const already = readExhibits(catalog.doc).filter((e) => e.status === 'listed').length;
    const start = Date.now() + 1000;
    const ids = catalog.doc.transact(() =>
      Array.from({ length: MAX_LISTED_EXHIBITS - already + 3 }, (_, i) => {
        const added = addExhibit(catalog.doc, { nameZh: `批量展品 ${i}`, nameEn: `Bulk exhibit ${i}`, status: 'listed', order: i }, start + i);
        if (!added.ok) throw new Error('invalid exhibit');
        return added.value.id;
      }),
    );
    const newest = ids.slice(-3);
    await until(() => noticesArray(fair.doc).toArray().some((n) => n.key === 'agent.capReached'), 'the cap notice', 20_000);
    const notice = lastNotice(noticesArray(fair.doc).toArray(), 'agent.capReached') as FairNotice;
    expect([...notice.exhibitIds].sort()).toEqual([...newest].sort());
    await until(() => newest.every((id) => readExhibit(catalog.doc, id)?.status === 'unlisted'), 'the excess unlisted', 20_000);
    expect(readExhibits(catalog.doc).filter((e) => e.status === 'listed')).toHaveLength(MAX_LISTED_EXHIBITS);
    catalog.destroy();
    fair.destroy();
    await own.stop();
  });
});
