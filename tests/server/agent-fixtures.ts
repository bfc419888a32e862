import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { addRequest, readOutcome, type Outcome, type Permission } from '@fairdesk/shared';
import { hashPassword } from '../../sync-server/src/passwords.ts';
import type { RunningServer } from '../helpers/server.ts';
import { openProvider, providerSynced, until, type ProviderClient } from './clients.ts';

/**
 * What the agent tests share: companies and accounts written straight into the server's database
 * (there is no admin API yet; the agent follows the database as the fair's authority), docs
 * opened with the real y-websocket client, and waiting for a request's outcome.
 */
export const PASSWORD = 'fairdesk-demo';

export interface FairRecord {
  id: string;
  nameZh: string;
  nameEn: string;
  vip?: boolean;
  brand?: boolean;
  sections?: { id: string; nameZh: string; nameEn: string }[];
}

export interface NewLogin {
  id: string;
  companyId: string | null;
  role: 'main' | 'sub' | 'buyer';
  permissions?: Permission[];
}

function withDb<T>(server: RunningServer, run: (db: Database.Database) => T): T {
  const db = new Database(join(server.dataDir, 'fairdesk.sqlite'));
  db.pragma('busy_timeout = 5000');
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** Adds (or, for an existing id, updates) a company's record as the fair keeps it. */
export function saveCompany(server: RunningServer, c: FairRecord): void {
  withDb(server, (db) => {
    db.prepare('INSERT OR IGNORE INTO companies (id, name_zh, name_en, created_at) VALUES (?, ?, ?, ?)').run(c.id, c.nameZh, c.nameEn, Date.now());
    db.prepare('UPDATE companies SET name_zh = ?, name_en = ?, vip = ?, brand = ?, sections = ? WHERE id = ?').run(
      c.nameZh, c.nameEn, c.vip ? 1 : 0, c.brand ? 1 : 0, JSON.stringify(c.sections ?? []), c.id,
    );
  });
}

/** Adds an account whose login is its id and whose password is PASSWORD. */
export async function addLogin(server: RunningServer, a: NewLogin): Promise<void> {
  const hash = await hashPassword(PASSWORD);
  withDb(server, (db) =>
    db
      .prepare(
        `INSERT INTO accounts (id, company_id, login, name, role, password_hash, permissions, section_ids, disabled, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, '[]', 0, ?)`,
      )
      .run(a.id, a.companyId, a.id, a.id, a.role, hash, JSON.stringify(a.permissions ?? []), Date.now()),
  );
}

export async function tokenOf(server: RunningServer, login: string): Promise<string> {
  return (await server.login(login, PASSWORD)).token;
}

/** Opens a doc with the y-websocket client and waits until it is synced. */
export async function synced(server: RunningServer, doc: string, token: string, ydoc = new Y.Doc()): Promise<ProviderClient> {
  const client = openProvider(server, doc, token, ydoc);
  await providerSynced(client, `sync of ${doc}`);
  return client;
}

export async function outcome(desk: Y.Doc, requestId: string, timeoutMs = 10_000): Promise<Outcome> {
  await until(() => readOutcome(desk, requestId) !== undefined, `the outcome of ${requestId}`, timeoutMs);
  return readOutcome(desk, requestId) as Outcome;
}

/** Writes a recommend request as the app does and waits for its outcome. */
export async function recommend(desk: ProviderClient, by: string, exhibitId: string): Promise<Outcome> {
  return outcome(desk.doc, addRequest(desk.doc, 'recommend', by, { exhibitId }));
}
