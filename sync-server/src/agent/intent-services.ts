import { randomInt } from 'node:crypto';
import { BUYER_TAGS, seededRandom, type BuyerTag } from '@fairdesk/shared';
import type { AccountRecord, AccountStore } from '../account-store.ts';
import type { Db } from '../database.ts';

/** Without FAIR_DEADLINE, the allocation settings lock this long after the data dir was made. */
const DEFAULT_DEADLINE_MS = 30 * 24 * 3600_000;

export interface IntentOptions {
  fairDeadline: number | null;
  randomSeed: number | null;
}

/**
 * What the agent decides purchase intents with, all from the server's database (never from a
 * client-writable doc): the fair's deadline, the company's accounts and permissions as they are
 * now, the buyers' tags; and the random draw among several eligible salespeople.
 */
export class IntentServices {
  readonly deadline: number;
  readonly random: () => number;

  constructor(
    private readonly db: Db,
    private readonly accounts: AccountStore,
    options: IntentOptions,
    now: () => number = Date.now,
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS buyer_tags (buyer_id TEXT PRIMARY KEY, tags TEXT NOT NULL)');
    this.deadline = options.fairDeadline ?? storedDefaultDeadline(db, now());
    this.random = options.randomSeed !== null ? seededRandom(options.randomSeed) : () => randomInt(0, 2 ** 32) / 2 ** 32;
  }

  /** The company's exhibitor accounts, enabled or not, read fresh. */
  companyAccounts(companyId: string): AccountRecord[] {
    const rows = this.db.prepare("SELECT id FROM accounts WHERE company_id = ? AND role IN ('main', 'sub') ORDER BY id").all(companyId) as { id: string }[];
    return rows.map((r) => this.accounts.byId(r.id)).filter((a): a is AccountRecord => a !== null && a.companyId === companyId);
  }

  account(id: string): AccountRecord | null {
    return this.accounts.byId(id);
  }

  buyerTags(buyerId: string): BuyerTag[] {
    const row = this.db.prepare('SELECT tags FROM buyer_tags WHERE buyer_id = ?').get(buyerId) as { tags: string } | undefined;
    if (!row) return [];
    try {
      const value: unknown = JSON.parse(row.tags);
      return Array.isArray(value) ? BUYER_TAGS.filter((t) => value.includes(t)) : [];
    } catch {
      return [];
    }
  }

  setBuyerTags(buyerId: string, tags: readonly BuyerTag[]): void {
    this.db.prepare('INSERT OR REPLACE INTO buyer_tags (buyer_id, tags) VALUES (?, ?)').run(buyerId, JSON.stringify(tags));
  }
}

/** 30 days after the first start with this data dir, stored once so restarts keep it. */
/** 23:59:59 Beijing time of the day an instant falls on, like the fair's own deadlines. */
function endOfBeijingDay(at: number): number {
  const beijingDay = Math.floor((at + 8 * 3600_000) / 86_400_000);
  return (beijingDay + 1) * 86_400_000 - 8 * 3600_000 - 1000;
}

function storedDefaultDeadline(db: Db, now: number): number {
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('fair_deadline', String(endOfBeijingDay(now + DEFAULT_DEADLINE_MS)));
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('fair_deadline') as { value: string | Buffer };
  return Number(String(row.value));
}
