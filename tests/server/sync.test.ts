import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addExhibit, readAccounts, readCompanyFromDoc, readExhibits, removeExhibit, updateExhibit } from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { RawClient, openProvider, providerSynced, until } from './clients.ts';

const PASSWORD = 'fairdesk-demo';
let server: RunningServer;
let mainToken: string;

beforeAll(async () => {
  server = await startServer();
  mainToken = (await server.login('demo-main', PASSWORD)).token;
});
afterAll(async () => {
  await server?.stop();
});

describe('the demo', () => {
  it('has the company, its accounts and six exhibits (four listed, one banned by the fair) in its docs', async () => {
    const profile = await RawClient.synced(server, 'co:demo:profile', mainToken);
    const company = readCompanyFromDoc(profile.doc);
    expect(company?.nameZh).toBe('广州示例机械有限公司');
    expect(company?.nameEn).toBe('Guangzhou Demo Machinery Co., Ltd.');
    expect(company?.badges).toEqual(['newExhibitor', 'cfAward']);
    expect(company?.sections.map((s) => s.id)).toEqual(['sec-machinery', 'sec-power']);
    const accounts = readAccounts(profile.doc).sort((a, b) => a.id.localeCompare(b.id));
    expect(accounts.map((a) => [a.id, a.role, a.name])).toEqual([
      ['demo-main', 'main', '王经理'],
      ['demo-sales-1', 'sub', '李业务'],
      ['demo-sales-2', 'sub', '张业务'],
    ]);
    expect(accounts[1].permissions).toContain('editExhibits');
    expect(accounts[2].permissions).not.toContain('editExhibits');
    expect(accounts[2].sectionIds).toEqual(['sec-power']);

    const catalog = await RawClient.synced(server, 'co:demo:catalog', mainToken);
    const exhibits = readExhibits(catalog.doc);
    expect(exhibits).toHaveLength(6);
    expect(exhibits.filter((e) => e.status === 'listed')).toHaveLength(4);
    expect(exhibits.filter((e) => e.status === 'banned')).toHaveLength(1);
    expect(exhibits.every((e) => e.nameZh && e.nameEn && e.code && e.sectionId)).toBe(true);
    profile.close();
    catalog.close();
  });

  it('answers the logins of every demo account', async () => {
    const answers = await Promise.all(['demo-main', 'demo-sales-1', 'demo-sales-2', 'demo-buyer'].map((l) => server.login(l, PASSWORD)));
    expect(answers.map((a) => [a.account.id, a.account.role, a.account.companyId])).toEqual([
      ['demo-main', 'main', 'demo'],
      ['demo-sales-1', 'sub', 'demo'],
      ['demo-sales-2', 'sub', 'demo'],
      ['demo-buyer', 'buyer', null],
    ]);
    expect(answers[3].account.permissions).toEqual([]);
  });
});

describe('two clients', () => {
  it('converge on concurrent edits, additions and removals', async () => {
    const a = openProvider(server, 'co:demo:acct:demo-main', mainToken);
    const b = openProvider(server, 'co:demo:acct:demo-main', mainToken);
    await providerSynced(a);
    await providerSynced(b);
    a.doc.getMap('notes').set('from-a', 1);
    b.doc.getMap('notes').set('from-b', 2);
    a.doc.getArray('list').insert(0, ['x', 'y', 'z']);
    await until(() => b.doc.getArray('list').length === 3 && a.doc.getMap('notes').has('from-b'), 'both edits on both');
    b.doc.getArray('list').delete(1, 1);
    a.doc.getMap('notes').delete('from-b');
    await until(
      () => a.doc.getArray('list').length === 2 && !b.doc.getMap('notes').has('from-b'),
      'the deletions on both',
    );
    expect(a.doc.getArray('list').toJSON()).toEqual(['x', 'z']);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(a.doc.getMap('notes').toJSON()).toEqual(b.doc.getMap('notes').toJSON());
    a.destroy();
    b.destroy();
  });

  it('keep both edits when they change different fields of one exhibit at once', async () => {
    const salesToken = (await server.login('demo-sales-1', PASSWORD)).token;
    const a = openProvider(server, 'co:demo:catalog', mainToken);
    const b = openProvider(server, 'co:demo:catalog', salesToken);
    await providerSynced(a);
    await providerSynced(b);
    const added = addExhibit(a.doc, { nameZh: '测试展品', nameEn: 'Test exhibit', code: 'T-1' });
    if (!added.ok) throw new Error('invalid test exhibit');
    const id = added.value.id;
    await until(() => readExhibits(b.doc).some((e) => e.id === id), 'the new exhibit on b');
    updateExhibit(a.doc, id, { price: 'USD 1' });
    updateExhibit(b.doc, id, { moq: 7 });
    await until(() => {
      const ea = readExhibits(a.doc).find((e) => e.id === id);
      const eb = readExhibits(b.doc).find((e) => e.id === id);
      return ea?.price === 'USD 1' && ea.moq === 7 && eb?.price === 'USD 1' && eb.moq === 7;
    }, 'both field edits on both');
    removeExhibit(b.doc, id);
    await until(() => !readExhibits(a.doc).some((e) => e.id === id), 'the removal on a');
    a.destroy();
    b.destroy();
  });

  it('share awareness between writers', async () => {
    const a = openProvider(server, 'co:demo:acct:demo-main', mainToken);
    const b = openProvider(server, 'co:demo:acct:demo-main', mainToken);
    await providerSynced(a);
    await providerSynced(b);
    a.provider.awareness.setLocalStateField('user', { name: '王经理' });
    await until(
      () => [...b.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === '王经理'),
      "a's presence on b",
    );
    a.destroy();
    await until(() => b.provider.awareness.getStates().size === 1, "a's presence to leave b");
    b.destroy();
  });
});

describe('a restart', () => {
  it('keeps every doc as it was', async () => {
    const own = await startServer();
    const token = (await own.login('demo-main', PASSWORD)).token;
    const writer = openProvider(own, 'co:demo:acct:demo-main', token);
    await providerSynced(writer);
    for (let i = 0; i < 300; i++) writer.doc.getMap('kept').set(`k${i}`, i);
    const reader = await RawClient.synced(own, 'co:demo:acct:demo-main', token);
    await until(() => reader.doc.getMap('kept').size === 300, 'the edits on a second client');
    writer.destroy();
    reader.close();
    await own.stop();

    const again = await startServer({ dataDir: own.dataDir });
    const token2 = (await again.login('demo-main', PASSWORD)).token;
    const after = await RawClient.synced(again, 'co:demo:acct:demo-main', token2);
    expect(after.doc.getMap('kept').toJSON()).toEqual(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i])));
    const catalog = await RawClient.synced(again, 'co:demo:catalog', token2);
    expect(readExhibits(catalog.doc)).toHaveLength(6);
    after.close();
    catalog.close();
    await again.stop();
  });
});
