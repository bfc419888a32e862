import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  addRequest,
  buyerIntents,
  newId,
  notificationsArray,
  readExhibits,
  type BuyerId,
  type Exhibit,
  type FairIntent,
  type IntentId,
  type Outcome,
  type Permission,
  type RequestKind,
} from '@fairdesk/shared';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { until, type ProviderClient } from './clients.ts';
import { outcome } from './agent-fixtures.ts';
import { addAccount, fillCard, newest, open } from './agent-intents-fixtures.ts';

/**
 * Every role and permission against every request kind this issue adds (and recommend), each
 * written into the doc that role may write: accepted where the rules allow it, refused elsewhere.
 */
const KINDS = ['recommend', 'postIntent', 'setAllocation', 'assign', 'setProgress'] as const satisfies readonly RequestKind[];
type Kind = (typeof KINDS)[number];

let server: RunningServer;
let excavator: Exhibit;
let intentId = '';
const opened: ProviderClient[] = [];

async function doc(name: string, login: string): Promise<ProviderClient> {
  const c = await open(server, name, login);
  opened.push(c);
  return c;
}

function payload(kind: Kind): Record<string, string | number> {
  switch (kind) {
    case 'recommend':
      return { exhibitId: excavator.id };
    case 'postIntent':
      return { companyId: 'demo', exhibitId: excavator.id, quantity: 1, unit: 'unit', description: 'Price please' };
    case 'setAllocation':
      return { kind: 'chat', mode: 'automatic' };
    case 'assign':
      return { intentId, accountId: 'demo-main' };
    case 'setProgress':
      return { intentId, progress: 'completed' };
  }
}

async function send(target: ProviderClient, kind: Kind): Promise<Outcome['status'] | string> {
  const o = await outcome(target.doc, addRequest(target.doc, kind, 'anyone', payload(kind)));
  return o.status === 'accepted' ? 'accepted' : o.reason;
}

beforeAll(async () => {
  server = await startServer({ env: { AGENT_RANDOM_SEED: '3' } });
  const catalog = await doc('co:demo:catalog', 'demo-main');
  excavator = readExhibits(catalog.doc).find((e) => e.code === 'GDM-EX-220') as Exhibit;
  // One intent, given to the main account, that the assign and setProgress requests are about.
  const buyer = await doc('buyer:demo-buyer', 'demo-buyer');
  fillCard(buyer);
  const main = await doc('co:demo:acct:demo-main', 'demo-main');
  const ledger = await doc('co:demo:ledger', 'demo-main');
  await outcome(buyer.doc, addRequest(buyer.doc, 'postIntent', 'demo-buyer', payload('postIntent')));
  await until(() => newest(ledger.doc) !== undefined, 'the first intent');
  intentId = newest(ledger.doc).id;
  await outcome(main.doc, addRequest(main.doc, 'assign', 'demo-main', { intentId, accountId: 'demo-main' }));
});
afterAll(async () => {
  for (const c of opened) c.destroy();
  await server?.stop();
});

describe('request kinds against roles', () => {
  it('the main account, in its own desk: everything but postIntent', async () => {
    const desk = await doc('co:demo:acct:demo-main', 'demo-main');
    const got: Record<string, string> = {};
    for (const kind of KINDS) got[kind] = await send(desk, kind);
    expect(got).toEqual({ recommend: 'accepted', postIntent: 'error.forbidden', setAllocation: 'accepted', assign: 'accepted', setProgress: 'accepted' });
  });

  it('the buyer, in its buyer doc: only postIntent', async () => {
    const buyer = await doc('buyer:demo-buyer', 'demo-buyer');
    const got: Record<string, string> = {};
    for (const kind of KINDS) got[kind] = await send(buyer, kind);
    expect(got).toEqual({ recommend: 'error.forbidden', postIntent: 'accepted', setAllocation: 'error.forbidden', assign: 'error.forbidden', setProgress: 'error.forbidden' });
  });

  it('the main account writing into a sub-account’s desk acts as that sub-account', async () => {
    const desk = await doc('co:demo:acct:demo-sales-2', 'demo-main');
    expect(await send(desk, 'setAllocation')).toBe('error.forbidden');
    expect(await send(desk, 'assign')).toBe('error.forbidden');
  });

  it('a sub-account holding one permission: recommend only with recommend; never settings, assignment or someone else’s intent', async () => {
    const table: Record<string, Record<string, string>> = {};
    const expected: Record<string, Record<string, string>> = {};
    const subs: [string, Permission[]][] = [['none', []], ...PERMISSIONS.map((p): [string, Permission[]] => [p, [p]]), ['all', [...PERMISSIONS]]];
    for (const [label, permissions] of subs) {
      const id = `sub-${label}`;
      await addAccount(server, { id, companyId: 'demo', role: 'sub', permissions });
      const desk = await doc(`co:demo:acct:${id}`, id);
      table[label] = {};
      for (const kind of KINDS) table[label][kind] = await send(desk, kind);
      const may = permissions.includes('recommend');
      expected[label] = { recommend: may ? 'accepted' : 'error.forbidden', postIntent: 'error.forbidden', setAllocation: 'error.forbidden', assign: 'error.forbidden', setProgress: 'error.forbidden' };
    }
    expect(table).toEqual(expected);
  });
});

describe('exhibit matched notifications (R0.5)', () => {
  it('go to the main account and to the exhibit’s linked salespeople holding notifications', async () => {
    const buyer = await doc('buyer:demo-buyer', 'demo-buyer');
    const fairIntent: FairIntent = {
      id: newId<IntentId>('fi'), buyerId: 'demo-buyer' as BuyerId, text: 'crawler excavator 22 t', sectionId: '', category: '', quantity: 3, unit: 'units', at: Date.now(),
    };
    buyerIntents(buyer.doc).set(fairIntent.id, fairIntent);
    const desks = await Promise.all(['demo-main', 'demo-sales-1', 'demo-sales-2'].map((a) => doc(`co:demo:acct:${a}`, a)));
    const matched = (d: ProviderClient) => notificationsArray(d.doc).toArray().filter((n) => n.kind === 'exhibitMatched' && n.subjectId === excavator.id);
    await until(() => matched(desks[0]).length > 0 && matched(desks[1]).length > 0, 'exhibitMatched on main and demo-sales-1');
    expect(matched(desks[0])[0].text).toContain('Crawler hydraulic excavator');
    expect(matched(desks[2])).toEqual([]);
  });
});
