import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addExhibit,
  feedIntentsMap,
  intentsMap,
  notificationsArray,
  outcomesMap,
  readAllocationSettings,
  readExhibits,
  type Exhibit,
} from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until, type ProviderClient } from './clients.ts';
import { saveCompany } from './agent-fixtures.ts';
import { addAccount, ask, fillCard, intents, newest, open, postIntent } from './agent-intents-fixtures.ts';

let server: RunningServer;
let buyer: ProviderClient;
let demoExhibits: Exhibit[];
const demo = (code: string) => demoExhibits.find((e) => e.code === code) as Exhibit;

beforeAll(async () => {
  server = await startServer({ env: { AGENT_RANDOM_SEED: '7' } });
  buyer = await open(server, 'buyer:demo-buyer', 'demo-buyer');
  const catalog = await open(server, 'co:demo:catalog', 'demo-main');
  demoExhibits = readExhibits(catalog.doc);
  catalog.destroy();
});
afterAll(async () => {
  buyer?.destroy();
  await server?.stop();
});

describe('a buyer’s purchase intent to a company', () => {
  it('is refused until the buyer has filled in a card, then lands with the exhibit’s linked salesperson', async () => {
    const excavator = demo('GDM-EX-220');
    expect(await postIntent(buyer, 'demo', excavator.id)).toMatchObject({ status: 'refused', reason: 'intents.cardMissing' });
    fillCard(buyer);
    expect(await postIntent(buyer, 'demo', excavator.id)).toMatchObject({ status: 'accepted' });

    const ledger = await open(server, 'co:demo:ledger', 'demo-main');
    const intent = newest(ledger.doc);
    expect(intent).toMatchObject({
      companyId: 'demo', buyerId: 'demo-buyer', exhibitId: excavator.id, assigneeId: 'demo-sales-1', progress: 'new',
      quantity: 2, unit: 'sets', tags: ['overseas'], email: 'john@buyer.example', buyerName: 'John Buyer',
    });
    expect(intent.id).toMatch(/^\d{22}$/);
    expect(intent.buyerCard).toMatchObject({ nameEn: 'John Buyer', companyEn: 'Buyer Ltd' });

    const sales1 = await open(server, 'co:demo:acct:demo-sales-1', 'demo-sales-1');
    const sales2 = await open(server, 'co:demo:acct:demo-sales-2', 'demo-sales-2');
    const main = await open(server, 'co:demo:acct:demo-main', 'demo-main');
    await until(() => intentsMap(sales1.doc).has(intent.id), 'the intent on the salesperson’s desk');
    expect(intentsMap(sales2.doc).has(intent.id)).toBe(false);
    expect(intentsMap(main.doc).has(intent.id)).toBe(false);
    const told = (d: ProviderClient) => notificationsArray(d.doc).toArray().filter((n) => n.subjectId === intent.id);
    await until(() => told(sales1).length === 1 && told(main).length === 1, 'notifications to the assignee and the main account');
    expect(told(sales1)[0]).toMatchObject({ kind: 'intentAssigned', text: expect.stringContaining('Crawler hydraulic excavator') });
    expect(told(sales2)).toEqual([]);

    const feed = await open(server, 'feed:demo-buyer', 'demo-buyer');
    await until(() => feedIntentsMap(feed.doc).has(intent.id), 'the buyer’s status entry');
    expect(feedIntentsMap(feed.doc).get(intent.id)).toMatchObject({ companyId: 'demo', exhibitNameEn: excavator.nameEn, progress: 'new' });
    for (const d of [ledger, sales1, sales2, main, feed]) d.destroy();
  });

  it('is refused for an unknown company or exhibit, or without a description', async () => {
    expect(await postIntent(buyer, 'no-such-co', '')).toMatchObject({ status: 'refused', reason: 'error.notFound' });
    expect(await postIntent(buyer, 'demo', 'ex-nothing')).toMatchObject({ status: 'refused', reason: 'error.notFound' });
    expect(await postIntent(buyer, 'demo', demo('GDM-TR-1000').id)).toMatchObject({ status: 'refused', reason: 'error.notFound' });
  });
});

describe('automatic allocation (R2.2)', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const sections = [{ id: 's1', nameZh: '一', nameEn: 'One' }, { id: 's2', nameZh: '二', nameEn: 'Two' }];
    saveCompany(server, { id: 'alloc', nameZh: '分配公司', nameEn: 'Alloc Co', sections });
    await addAccount(server, { id: 'al-main', companyId: 'alloc', role: 'main' });
    await addAccount(server, { id: 'al-a', companyId: 'alloc', role: 'sub', permissions: ['receiveIntents'] });
    await addAccount(server, { id: 'al-b', companyId: 'alloc', role: 'sub', permissions: ['receiveIntents', 'notifications'] });
    await addAccount(server, { id: 'al-c', companyId: 'alloc', role: 'sub', permissions: ['notifications'], sectionIds: ['s1'] });
    await addAccount(server, { id: 'al-off', companyId: 'alloc', role: 'sub', permissions: ['receiveIntents'], disabled: true });
    await addAccount(server, { id: 'al-sec', companyId: 'alloc', role: 'sub', permissions: ['receiveIntents'], sectionIds: ['s1'] });
    const catalog = await open(server, 'co:alloc:catalog', 'al-main');
    const add = (nameEn: string, salespersonIds: string[], sectionId: string) => {
      const r = addExhibit(catalog.doc, { nameEn, salespersonIds, sectionId, status: 'listed' });
      if (!r.ok) throw new Error(nameEn);
      ids[nameEn] = r.value.id;
    };
    add('Two linked', ['al-a', 'al-b', 'al-c', 'al-off'], 's1');
    add('Linked without permission', ['al-c', 'al-off'], 's1');
    add('Nobody', ['al-c'], 's2');
    const reader = await open(server, 'co:alloc:catalog', 'al-main');
    await until(() => readExhibits(reader.doc).length === 3, 'the exhibits on the server');
    catalog.destroy();
    reader.destroy();
  });

  it('draws at random among the linked salespeople who may receive intents, each chosen over many intents', async () => {
    const ledger = await open(server, 'co:alloc:ledger', 'al-main');
    const chosen = new Map<string, number>();
    for (let i = 0; i < 24; i++) {
      expect(await postIntent(buyer, 'alloc', ids['Two linked'])).toMatchObject({ status: 'accepted' });
      await until(() => intents(ledger.doc).length === i + 1, 'the intent in the ledger');
      const a = newest(ledger.doc).assigneeId;
      chosen.set(a, (chosen.get(a) ?? 0) + 1);
    }
    expect([...chosen.keys()].sort()).toEqual(['al-a', 'al-b']);
    expect(Math.min(...chosen.values())).toBeGreaterThan(2);
    ledger.destroy();
  });

  it('falls to the section’s sub-accounts, then to the main account', async () => {
    const ledger = await open(server, 'co:alloc:ledger', 'al-main');
    await postIntent(buyer, 'alloc', ids['Linked without permission']);
    await until(() => newest(ledger.doc).exhibitId === ids['Linked without permission'], 'the second intent');
    expect(newest(ledger.doc).assigneeId).toBe('al-sec');
    await postIntent(buyer, 'alloc', ids.Nobody);
    await until(() => newest(ledger.doc).exhibitId === ids.Nobody, 'the third intent');
    expect(newest(ledger.doc).assigneeId).toBe('al-main');
    ledger.destroy();
  });

  it('manual mode, chosen by the main account before the deadline, sends everything to the main account', async () => {
    const mainDesk = await open(server, 'co:alloc:acct:al-main', 'al-main');
    const fair = await open(server, 'co:alloc:fair', 'al-main');
    expect(readAllocationSettings(fair.doc)).toMatchObject({ intentMode: 'automatic', chatMode: 'automatic' });
    expect(readAllocationSettings(fair.doc).deadline).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    expect(await ask(mainDesk, 'setAllocation', { kind: 'intent', mode: 'manual' })).toMatchObject({ status: 'accepted' });
    await until(() => readAllocationSettings(fair.doc).intentMode === 'manual', 'the manual mode in the fair doc');
    const ledger = await open(server, 'co:alloc:ledger', 'al-main');
    await postIntent(buyer, 'alloc', ids['Two linked']);
    await until(() => newest(ledger.doc).assigneeId === 'al-main' && newest(ledger.doc).exhibitId === ids['Two linked'], 'manual: to main');
    expect(await ask(mainDesk, 'setAllocation', { kind: 'intent', mode: 'automatic' })).toMatchObject({ status: 'accepted' });
    expect(await ask(mainDesk, 'setAllocation', { kind: 'intent', mode: 'sometimes' })).toMatchObject({ status: 'refused', reason: 'error.invalid' });
    for (const d of [mainDesk, fair, ledger]) d.destroy();
  });
});

describe('reassignment and progress (R2.6)', () => {
  it('moves the intent between desks: the old desk no longer has it, a fresh reader confirms', async () => {
    const ledger = await open(server, 'co:demo:ledger', 'demo-main');
    const intent = intents(ledger.doc).find((i) => i.assigneeId === 'demo-sales-1');
    if (!intent) throw new Error('no intent with demo-sales-1');
    const sales1 = await open(server, 'co:demo:acct:demo-sales-1', 'demo-sales-1');
    expect(await ask(sales1, 'assign', { intentId: intent.id, accountId: 'demo-sales-1' })).toMatchObject({ status: 'refused', reason: 'error.forbidden' });
    const main = await open(server, 'co:demo:acct:demo-main', 'demo-main');
    expect(await ask(main, 'assign', { intentId: intent.id, accountId: 'demo-buyer' })).toMatchObject({ status: 'refused', reason: 'intents.assignTarget' });
    expect(await ask(main, 'assign', { intentId: intent.id, accountId: 'demo-sales-2' })).toMatchObject({ status: 'accepted' });
    await until(() => !intentsMap(sales1.doc).has(intent.id), 'the intent leaving the old desk');
    await until(() => intentsMap(ledger.doc).get(intent.id)?.assigneeId === 'demo-sales-2', 'the ledger updated');
    sales1.destroy();
    const fresh = await open(server, 'co:demo:acct:demo-sales-1', 'demo-sales-1');
    expect(intentsMap(fresh.doc).has(intent.id)).toBe(false);
    const sales2 = await open(server, 'co:demo:acct:demo-sales-2', 'demo-sales-2');
    expect(intentsMap(sales2.doc).get(intent.id)).toMatchObject({ assigneeId: 'demo-sales-2' });
    await until(() => notificationsArray(sales2.doc).toArray().some((n) => n.kind === 'intentAssigned' && n.subjectId === intent.id), 'the new assignee told');

    expect(await ask(fresh, 'setProgress', { intentId: intent.id, progress: 'contacted' })).toMatchObject({ status: 'refused', reason: 'error.forbidden' });
    expect(await ask(sales2, 'setProgress', { intentId: intent.id, progress: 'contacted' })).toMatchObject({ status: 'accepted' });
    await until(() => intentsMap(sales2.doc).get(intent.id)?.progress === 'contacted', 'the desk copy updated');
    const feed = await open(server, 'feed:demo-buyer', 'demo-buyer');
    await until(() => feedIntentsMap(feed.doc).get(intent.id)?.progress === 'contacted', 'the buyer’s status updated');
    expect(await ask(main, 'setProgress', { intentId: intent.id, progress: 'completed' })).toMatchObject({ status: 'accepted' });
    await until(() => intentsMap(ledger.doc).get(intent.id)?.progress === 'completed', 'completed in the ledger');
    for (const d of [ledger, fresh, sales2, main, feed]) d.destroy();
  });

  it('completing needs the markCompleted permission', async () => {
    await addAccount(server, { id: 'demo-sales-3', companyId: 'demo', role: 'sub', permissions: ['receiveIntents'] });
    const main = await open(server, 'co:demo:acct:demo-main', 'demo-main');
    const ledger = await open(server, 'co:demo:ledger', 'demo-main');
    const intent = intents(ledger.doc)[0];
    const desk = await open(server, 'co:demo:acct:demo-sales-3', 'demo-sales-3');
    // The agent opens the new account's desk once it sees the account in the database.
    let assigned = await ask(main, 'assign', { intentId: intent.id, accountId: 'demo-sales-3' });
    expect(assigned).toMatchObject({ status: 'accepted' });
    await until(() => intentsMap(desk.doc).has(intent.id), 'the intent on the new desk');
    expect(await ask(desk, 'setProgress', { intentId: intent.id, progress: 'completed' })).toMatchObject({ status: 'refused', reason: 'error.forbidden' });
    expect(await ask(desk, 'setProgress', { intentId: intent.id, progress: 'contacted' })).toMatchObject({ status: 'accepted' });
    assigned = await ask(main, 'assign', { intentId: intent.id, accountId: 'demo-main' });
    expect(assigned).toMatchObject({ status: 'accepted' });
    for (const d of [main, ledger, desk]) d.destroy();
  });
});

describe('after a restart', () => {
  it('nothing is applied twice, and a deleted outcome comes back unchanged', async () => {
    const ledger = await open(server, 'co:demo:ledger', 'demo-main');
    const before = intents(ledger.doc);
    const outcomes = JSON.stringify([...outcomesMap(buyer.doc).entries()].sort());
    ledger.destroy();
    buyer.destroy();
    await server.stop();
    server = await startServer({ dataDir: server.dataDir, env: { AGENT_RANDOM_SEED: '7' } });
    buyer = await open(server, 'buyer:demo-buyer', 'demo-buyer');
    const again = await open(server, 'co:demo:ledger', 'demo-main');
    expect(intents(again.doc)).toEqual(before);
    expect(JSON.stringify([...outcomesMap(buyer.doc).entries()].sort())).toBe(outcomes);
    const [requestId, kept] = [...outcomesMap(buyer.doc).entries()].find(([, o]) => o.status === 'accepted') ?? [];
    if (!requestId || !kept) throw new Error('no accepted outcome');
    outcomesMap(buyer.doc).delete(requestId);
    await until(() => outcomesMap(buyer.doc).has(requestId), 'the outcome copied back');
    expect(outcomesMap(buyer.doc).get(requestId)).toEqual(kept);
    expect(intents(again.doc)).toEqual(before);
    again.destroy();
  });
});

describe('the deadline', () => {
  it('locks the allocation settings once it has passed', async () => {
    const late = await startServer({ env: { FAIR_DEADLINE: '2020-01-01T00:00:00+08:00' } });
    try {
      const desk = await open(late, 'co:demo:acct:demo-main', 'demo-main');
      const fair = await open(late, 'co:demo:fair', 'demo-main');
      expect(readAllocationSettings(fair.doc).deadline).toBe(Date.parse('2020-01-01T00:00:00+08:00'));
      expect(await ask(desk, 'setAllocation', { kind: 'chat', mode: 'manual' })).toMatchObject({ status: 'refused', reason: 'intents.settingsLocked' });
      expect(readAllocationSettings(fair.doc).chatMode).toBe('automatic');
      desk.destroy();
      fair.destroy();
    } finally {
      await late.stop();
    }
  });
});
