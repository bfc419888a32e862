import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS companies (
  id TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  company_id TEXT REFERENCES companies(id),
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('main', 'sub', 'buyer')),
  password_hash TEXT NOT NULL,
  permissions TEXT NOT NULL DEFAULT '[]',
  section_ids TEXT NOT NULL DEFAULT '[]',
  disabled INTEGER NOT NULL DEFAULT 0,
  token_version INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  bytes BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
`;

/**
 * Opens (and creates) `DATA_DIR/fairdesk.sqlite`. WAL with synchronous=NORMAL: a commit is in
 * the WAL file before the call returns, so killing the process loses nothing committed; only
 * a power cut can lose the last commits.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'fairdesk.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

/** The token signing secret: made once per data dir and kept in the database. */
export function tokenSecret(db: Db): Buffer {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('token_secret') as { value: Buffer } | undefined;
  if (row) return row.value;
  const secret = randomBytes(32);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('token_secret', secret);
  return secret;
}
