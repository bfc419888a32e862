import { createHash } from 'node:crypto';
import type { Db } from '../database.ts';

export const BLOB_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type BlobType = (typeof BLOB_TYPES)[number];
export const MAX_BLOB_BYTES = 2 * 1024 * 1024;

/** Content ids: the sha-256 of the bytes, in hex. */
export const BLOB_ID = /^[0-9a-f]{64}$/;

/** The bytes must be what the type says, so the public GET never serves anything else as an image. */
export function looksLike(type: BlobType, b: Buffer): boolean {
  if (type === 'image/jpeg') return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  if (type === 'image/png') return b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return b.length > 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP';
}

/**
 * Images (exhibit photos) as content-addressed blobs in SQLite: referenced by id from the docs,
 * never inlined in a Y.Doc. Storing the same bytes twice is one row.
 */
export class BlobStore {
  private readonly insert;
  private readonly select;

  constructor(db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS blobs (
      id TEXT PRIMARY KEY,
      type TEXT NOT NULL,
      bytes BLOB NOT NULL,
      created_at INTEGER NOT NULL
    )`);
    this.insert = db.prepare('INSERT OR IGNORE INTO blobs (id, type, bytes, created_at) VALUES (?, ?, ?, ?)');
    this.select = db.prepare('SELECT type, bytes FROM blobs WHERE id = ?');
  }

  put(type: BlobType, bytes: Buffer): string {
    const id = createHash('sha256').update(bytes).digest('hex');
    this.insert.run(id, type, bytes, Date.now());
    return id;
  }

  get(id: string): { type: string; bytes: Buffer } | null {
    if (!BLOB_ID.test(id)) return null;
    return (this.select.get(id) as { type: string; bytes: Buffer } | undefined) ?? null;
  }
}
