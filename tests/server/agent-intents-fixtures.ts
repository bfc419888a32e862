import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addRequest, intentsMap, writeBuyerCard, type Intent, type Outcome, type Permission } from '@fairdesk/shared';
import type { RunningServer } from '../helpers/server.ts';
import type { ProviderClient } from './clients.ts';
import { addLogin, outcome, synced, tokenOf } from './agent-fixtures.ts';

/** What the purchase-intent tests share: accounts with sections, a buyer's card, posting and reading intents. */
export const CARD = { nameEn: 'John Buyer', companyEn: 'Buyer Ltd', email: 'john@buyer.example', phone: '+44 20 7946 0000' };

export async function addAccount(
  server: RunningServer,
  a: { id: string; companyId: string; role: 'main' | 'sub'; permissions?: Permission[]; sectionIds?: string[]; disabled?: boolean },
): Promise<void> {
  await addLogin(server, a);
  const db = new Database(join(server.dataDir, 'fairdesk.sqlite'));
  try {
    db.prepare('UPDATE accounts SET section_ids = ?, disabled = ? WHERE id = ?').run(JSON.stringify(a.sectionIds ?? []), a.disabled ? 1 : 0, a.id);
  } finally {
    db.close();
  }
}

export async function open(server: RunningServer, doc: string, login: string): Promise<ProviderClient> {
  return synced(server, doc, await tokenOf(server, login), new Y.Doc());
}

export function fillCard(buyer: ProviderClient): void {
  const written = writeBuyerCard(buyer.doc, CARD);
  if (!written.ok) throw new Error('the test card is invalid');
}

export async function postIntent(buyer: ProviderClient, companyId: string, exhibitId: string, by = 'demo-buyer'): Promise<Outcome> {
  const payload = { companyId, exhibitId, quantity: 2, unit: 'sets', description: 'Need a quote, FOB Guangzhou' };
  return outcome(buyer.doc, addRequest(buyer.doc, 'postIntent', by, payload));
}

export async function ask(desk: ProviderClient, kind: 'setAllocation' | 'assign' | 'setProgress', payload: Record<string, string>): Promise<Outcome> {
  return outcome(desk.doc, addRequest(desk.doc, kind, 'whoever', payload));
}

export function intents(doc: Y.Doc): Intent[] {
  return [...intentsMap(doc).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The intent most recently added to a ledger. */
export function newest(ledger: Y.Doc): Intent {
  const all = intents(ledger);
  return all[all.length - 1];
}
