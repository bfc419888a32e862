import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addExhibit,
  addRequest,
  buyerIntents,
  feedMatches,
  matchLog,
  newId,
  readExhibits,
  type Exhibit,
  type FairIntent,
  type FeedMatch,
  type BuyerId,
  type IntentId,
  type SectionId,
} from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until, type ProviderClient } from './clients.ts';
import { outcome, synced, tokenOf } from './agent-fixtures.ts';

let server: RunningServer;
let catalog: ProviderClient;
let desk: ProviderClient;
let buyer: ProviderClient;
let feed: ProviderClient;
let matches: ProviderClient;
let mixer: Exhibit;
let pump: Exhibit;

beforeAll(async () => {
  server = await startServer();
  const main = await tokenOf(server, 'demo-main');
  const buyerToken = await tokenOf(server, 'demo-buyer');
  catalog = await synced(server, 'co:demo:catalog', main);
  desk = await synced(server, 'co:demo:acct:demo-main', main);
  matches = await synced(server, 'co:demo:matches', main);
  buyer = await synced(server, 'buyer:demo-buyer', buyerToken);
  feed = await synced(server, 'feed:demo-buyer', buyerToken);
  // One exhibit described only in English, one only in Chinese; both recommended.
  const en = addExhibit(catalog.doc, {
    nameEn: 'Truck-mounted concrete mixer, 9 m³',
    descriptionEn: 'Drum mixer on a 6×4 chassis for ready-mix concrete.',
    category: 'Construction machinery',
    sectionId: 'sec-machinery' as SectionId,
    status: 'listed',
  });
  const zh = addExhibit(catalog.doc, {
    nameZh: '不锈钢卧式离心水泵',
    descriptionZh: '流量 50 m³/h，扬程 32 米，适用于供水与灌溉。',
    sectionId: 'sec-power' as SectionId,
    status: 'listed',
  });
  if (!en.ok || !zh.ok) throw new Error('invalid exhibit');
  [mixer, pump] = [en.value, zh.value];
  for (const e of [mixer, pump]) await outcome(desk.doc, addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: e.id }));
});
afterAll(async () => {
  for (const c of [catalog, desk, buyer, feed, matches]) c?.destroy();
  await server?.stop();
});

function postIntent(doc: Y.Doc, text: string, extra: Partial<FairIntent> = {}): string {
  const id = newId<IntentId>('fi');
  const intent: FairIntent = { id, buyerId: 'demo-buyer' as BuyerId, text, sectionId: '', category: '', quantity: 10, unit: 'sets', at: Date.now(), ...extra };
  buyerIntents(doc).set(id, intent);
  return id;
}

async function matchesOf(intentId: string): Promise<FeedMatch[]> {
  await until(() => feedMatches(feed.doc).has(intentId), `the matches of ${intentId}`);
  return feedMatches(feed.doc).get(intentId) as FeedMatch[];
}

describe('a buyer’s fair intent', () => {
  it('in Chinese finds an exhibit described only in English', async () => {
    const found = await matchesOf(postIntent(buyer.doc, '求购混凝土搅拌机 10 台'));
    expect(found[0]).toMatchObject({ companyId: 'demo', exhibitId: mixer.id, exhibitNameEn: mixer.nameEn, companyNameZh: '广州示例机械有限公司' });
    expect(found.map((m) => m.exhibitId)).not.toContain(pump.id);
  });

  it('in English finds an exhibit described only in Chinese', async () => {
    const found = await matchesOf(postIntent(buyer.doc, 'Stainless steel centrifugal water pumps for irrigation'));
    expect(found[0]).toMatchObject({ exhibitId: pump.id, exhibitNameZh: pump.nameZh });
    expect(found.map((m) => m.exhibitId)).not.toContain(mixer.id);
  });

  it('is logged in the company’s matching list, one line per push', async () => {
    const intentId = postIntent(buyer.doc, 'concrete mixer truck');
    await matchesOf(intentId);
    await until(() => matchLog(matches.doc).toArray().some((m) => m.intentId === intentId), 'the matching list line');
    const lines = matchLog(matches.doc).toArray().filter((m) => m.intentId === intentId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ exhibitId: mixer.id, exhibitNameEn: mixer.nameEn, buyerId: 'demo-buyer' });
    expect(lines[0].at).toBeGreaterThan(0);
  });

  it('is matched only against recommended, listed exhibits', async () => {
    const listedNotRecommended = readExhibits(catalog.doc).find((e) => e.code === 'GDM-CNC-1580') as Exhibit;
    expect(listedNotRecommended.status).toBe('listed');
    const found = await matchesOf(postIntent(buyer.doc, 'CNC gantry machining centre 数控龙门加工中心'));
    expect(found.map((m) => m.exhibitId)).not.toContain(listedNotRecommended.id);
  });

  it('gets an exhibit recommended later pushed to it, once', async () => {
    const intentId = postIntent(buyer.doc, '500 kW diesel generator set with ATS');
    expect(await matchesOf(intentId)).toEqual([]);
    const generator = readExhibits(catalog.doc).find((e) => e.code === 'GDM-GEN-500') as Exhibit;
    await outcome(desk.doc, addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: generator.id }));
    await until(() => (feedMatches(feed.doc).get(intentId) ?? []).length > 0, 'the pushed match');
    expect(feedMatches(feed.doc).get(intentId)?.map((m) => m.exhibitId)).toEqual([generator.id]);
    await until(() => matchLog(matches.doc).toArray().some((m) => m.intentId === intentId), 'its matching list line');
    // Recommending it again spends a unit but pushes nothing twice.
    await outcome(desk.doc, addRequest(desk.doc, 'recommend', 'demo-main', { exhibitId: generator.id }));
    const marker = postIntent(buyer.doc, 'generator');
    await matchesOf(marker);
    expect(feedMatches(feed.doc).get(intentId)).toHaveLength(1);
    expect(matchLog(matches.doc).toArray().filter((m) => m.intentId === intentId)).toHaveLength(1);
  });

  it('that is invalid is ignored', async () => {
    const bad = postIntent(buyer.doc, '');
    const marker = postIntent(buyer.doc, 'water pump');
    await matchesOf(marker);
    expect(feedMatches(feed.doc).has(bad)).toBe(false);
  });
});
