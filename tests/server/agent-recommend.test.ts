import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addExhibit, addRequest, outcomesMap, readExhibits, readQuota, recommendedCount, recommendedMap, type Exhibit } from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until } from './clients.ts';
import { addLogin, outcome, recommend, saveCompany, synced, tokenOf } from './agent-fixtures.ts';

let server: RunningServer;
let mainToken: string;
let exhibits: Exhibit[];
const byCode = (code: string) => exhibits.find((e) => e.code === code) as Exhibit;

beforeAll(async () => {
  server = await startServer();
  mainToken = await tokenOf(server, 'demo-main');
  const catalog = await synced(server, 'co:demo:catalog', mainToken);
  exhibits = readExhibits(catalog.doc);
  catalog.destroy();
});
afterAll(async () => {
  await server?.stop();
});

describe('a recommend request', () => {
  it('is accepted for a listed exhibit: one unit spent, the exhibit counted once', async () => {
    const desk = await synced(server, 'co:demo:acct:demo-main', mainToken);
    const fair = await synced(server, 'co:demo:fair', mainToken);
    expect(readQuota(fair.doc)).toEqual({ total: 100, spent: 0 });
    const excavator = byCode('GDM-EX-220');
    expect(await recommend(desk, 'demo-main', excavator.id)).toMatchObject({ status: 'accepted' });
    await until(() => readQuota(fair.doc).spent === 1, 'the quota spent');
    expect(recommendedCount(fair.doc, excavator.id)).toBe(1);
    desk.destroy();
    fair.destroy();
  });

  it('is refused for an exhibit that is not listed, banned, or unknown, spending nothing', async () => {
    const desk = await synced(server, 'co:demo:acct:demo-sales-1', await tokenOf(server, 'demo-sales-1'));
    const fair = await synced(server, 'co:demo:fair', mainToken);
    const spent = readQuota(fair.doc).spent;
    expect(await recommend(desk, 'demo-sales-1', byCode('GDM-TR-1000').id)).toMatchObject({ status: 'refused', reason: 'recommend.notListed' });
    expect(await recommend(desk, 'demo-sales-1', byCode('GDM-GEN-X').id)).toMatchObject({ status: 'refused', reason: 'recommend.notListed' });
    expect(await recommend(desk, 'demo-sales-1', 'ex-nothing')).toMatchObject({ status: 'refused', reason: 'error.notFound' });
    expect(readQuota(fair.doc).spent).toBe(spent);
    desk.destroy();
    fair.destroy();
  });

  it('is refused without the recommend permission, whatever the request says it is from', async () => {
    await addLogin(server, { id: 'demo-sales-3', companyId: 'demo', role: 'sub', permissions: ['receiveIntents', 'matchingList'] });
    const own = await synced(server, 'co:demo:acct:demo-sales-3', await tokenOf(server, 'demo-sales-3'));
    const listed = byCode('GDM-WL-50').id;
    expect(await recommend(own, 'demo-sales-3', listed)).toMatchObject({ status: 'refused', reason: 'error.forbidden' });
    // The main account writing into that desk, claiming to be main: the requester is the desk's owner.
    const viaMain = await synced(server, 'co:demo:acct:demo-sales-3', mainToken);
    expect(await recommend(viaMain, 'demo-main', listed)).toMatchObject({ status: 'refused', reason: 'error.forbidden' });
    own.destroy();
    viaMain.destroy();
  });
});

describe('the quota', () => {
  it('takes its total from the fair’s record of the company: tier and sections', async () => {
    const sections = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, nameZh: `展区${i}`, nameEn: `Section ${i}` }));
    saveCompany(server, { id: 'tier-co', nameZh: '层级公司', nameEn: 'Tier Co', sections: sections(2) });
    await addLogin(server, { id: 'tier-main', companyId: 'tier-co', role: 'main' });
    const fair = await synced(server, 'co:tier-co:fair', await tokenOf(server, 'tier-main'));
    await until(() => readQuota(fair.doc).total === 60, 'an ordinary company with 2 sections: 30 × 2');
    saveCompany(server, { id: 'tier-co', nameZh: '层级公司', nameEn: 'Tier Co', vip: true, sections: sections(2) });
    await until(() => readQuota(fair.doc).total === 100, 'VIP: 50 × 2');
    saveCompany(server, { id: 'tier-co', nameZh: '层级公司', nameEn: 'Tier Co', vip: true, brand: true, sections: sections(3) });
    await until(() => readQuota(fair.doc).total === 150, 'VIP and brand count once: 50 × 3');
    fair.destroy();
  });

  it('is spent to exactly zero, then refused with 推荐次数已达上限 (error.quotaExhausted)', async () => {
    saveCompany(server, { id: 'small-co', nameZh: '小公司', nameEn: 'Small Co', sections: [{ id: 's1', nameZh: '一', nameEn: 'One' }] });
    await addLogin(server, { id: 'small-main', companyId: 'small-co', role: 'main' });
    const token = await tokenOf(server, 'small-main');
    const catalog = await synced(server, 'co:small-co:catalog', token);
    const added = addExhibit(catalog.doc, { nameEn: 'Hand tool set', status: 'listed' });
    if (!added.ok) throw new Error('invalid exhibit');
    const desk = await synced(server, 'co:small-co:acct:small-main', token);
    const fair = await synced(server, 'co:small-co:fair', token);
    await until(() => readQuota(fair.doc).total === 30, 'the quota total');
    const ids = desk.doc.transact(() => Array.from({ length: 31 }, (_, i) => addRequest(desk.doc, 'recommend', 'small-main', { exhibitId: added.value.id }, 1000 + i)));
    const outcomes = await Promise.all(ids.map((id) => outcome(desk.doc, id)));
    expect(outcomes.filter((o) => o.status === 'accepted')).toHaveLength(30);
    expect(outcomes[30]).toMatchObject({ status: 'refused', reason: 'error.quotaExhausted' });
    await until(() => readQuota(fair.doc).spent === 30, 'all 30 spent');
    expect(recommendedCount(fair.doc, added.value.id)).toBe(30);
    for (const c of [catalog, desk, fair]) c.destroy();
  });
});

describe('two devices offline with one unit left', () => {
  it('get exactly one acceptance between them when they reconnect, and both see why', async () => {
    const own = await startServer();
    const token = await tokenOf(own, 'demo-main');
    const salesToken = await tokenOf(own, 'demo-sales-1');
    const catalog = await synced(own, 'co:demo:catalog', token);
    const listed = readExhibits(catalog.doc).filter((e) => e.status === 'listed');
    catalog.destroy();
    const phone = await synced(own, 'co:demo:acct:demo-main', token);
    const laptop = await synced(own, 'co:demo:acct:demo-sales-1', salesToken);
    const fair = await synced(own, 'co:demo:fair', token);
    const first = phone.doc.transact(() => Array.from({ length: 99 }, (_, i) => addRequest(phone.doc, 'recommend', 'demo-main', { exhibitId: listed[i % 4].id })));
    await outcome(phone.doc, first[98]);
    await until(() => readQuota(fair.doc).spent === 99, '99 spent');
    fair.destroy();

    await own.stop();
    const a = addRequest(phone.doc, 'recommend', 'demo-main', { exhibitId: listed[0].id });
    const b = addRequest(laptop.doc, 'recommend', 'demo-sales-1', { exhibitId: listed[1].id });
    const again = await startServer({ dataDir: own.dataDir, env: { PORT: String(own.port) } });
    const [oa, ob] = await Promise.all([outcome(phone.doc, a, 20_000), outcome(laptop.doc, b, 20_000)]);
    expect([oa.status, ob.status].sort()).toEqual(['accepted', 'refused']);
    expect([oa, ob].find((o) => o.status === 'refused')).toMatchObject({ reason: 'error.quotaExhausted' });
    const after = await synced(again, 'co:demo:fair', await tokenOf(again, 'demo-main'));
    expect(readQuota(after.doc)).toEqual({ total: 100, spent: 100 });
    const counted = [...recommendedMap(after.doc).values()].reduce((x, y) => x + y, 0);
    expect(counted).toBe(100);
    for (const c of [phone, laptop, after]) c.destroy();
    await again.stop();
  });
});

describe('a restart', () => {
  it('never applies a request again, even when a client deletes its outcome', async () => {
    const own = await startServer();
    const token = await tokenOf(own, 'demo-main');
    const catalog = await synced(own, 'co:demo:catalog', token);
    const listed = readExhibits(catalog.doc).filter((e) => e.status === 'listed');
    catalog.destroy();
    const desk = await synced(own, 'co:demo:acct:demo-main', token);
    const ids = desk.doc.transact(() => [0, 1, 2].map((i) => addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: listed[i].id })));
    const before = await Promise.all(ids.map((id) => outcome(desk.doc, id)));
    desk.destroy();
    await own.stop();

    const again = await startServer({ dataDir: own.dataDir });
    const token2 = await tokenOf(again, 'demo-main');
    const fair = await synced(again, 'co:demo:fair', token2);
    const desk2 = await synced(again, 'co:demo:acct:demo-main', token2);
    expect(readQuota(fair.doc).spent).toBe(3);
    outcomesMap(desk2.doc).delete(ids[0]);
    const restored = await outcome(desk2.doc, ids[0]);
    expect(restored).toEqual(before[0]);
    await new Promise((r) => setTimeout(r, 300));
    expect(readQuota(fair.doc).spent).toBe(3);
    expect(recommendedCount(fair.doc, listed[0].id)).toBe(1);
    for (const c of [fair, desk2]) c.destroy();
    await again.stop();
  });
});

