import type { Db } from './database.ts';
import type { DocStorage } from './doc-storage.ts';

/** DocStorage in the `doc_updates` table: one row per update, one row after compaction. */
export class SqliteDocStorage implements DocStorage {
  private readonly loadStmt;
  private readonly appendStmt;
  private readonly deleteStmt;
  private readonly compactTx;

  constructor(db: Db) {
    this.loadStmt = db.prepare('SELECT bytes FROM doc_updates WHERE doc = ? ORDER BY seq');
    this.appendStmt = db.prepare('INSERT INTO doc_updates (doc, bytes) VALUES (?, ?)');
    this.deleteStmt = db.prepare('DELETE FROM doc_updates WHERE doc = ?');
    this.compactTx = db.transaction((name: string, state: Uint8Array) => {
      this.deleteStmt.run(name);
      this.appendStmt.run(name, state);
    });
  }

  loadDoc(name: string): Uint8Array[] {
    return (this.loadStmt.all(name) as { bytes: Buffer }[]).map((row) => new Uint8Array(row.bytes));
  }

  appendUpdate(name: string, update: Uint8Array): void {
    this.appendStmt.run(name, update);
  }

  compact(name: string, mergedState: Uint8Array): void {
    this.compactTx(name, mergedState);
  }

  close(): void {
    // The database is closed by its owner (server.ts), which also holds the accounts.
  }
}
