import { readCompany, type Company } from '@fairdesk/shared';
import type { Db } from '../database.ts';

/** An account as the agent needs it: whose desk to watch, whose buyer docs to open. */
export interface DirectoryAccount {
  id: string;
  companyId: string | null;
  role: 'main' | 'sub' | 'buyer';
}

interface CompanyRow {
  id: string;
  name_zh: string;
  name_en: string;
  vip: number;
  brand: number;
  badges: string;
  sections: string;
}

/** The fair's own columns of a company: tier, badges and sections are the fair's decision. */
const FAIR_COLUMNS: [string, string][] = [
  ['vip', 'INTEGER NOT NULL DEFAULT 0'],
  ['brand', 'INTEGER NOT NULL DEFAULT 0'],
  ['badges', "TEXT NOT NULL DEFAULT '[]'"],
  ['sections', "TEXT NOT NULL DEFAULT '[]'"],
];

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Companies and accounts as the server's database holds them — the authority the agent decides
 * on (DESIGN.md "Trusted rules"), never the client-writable profile doc.
 */
export class FairDirectory {
  constructor(private readonly db: Db) {
    const have = new Set((db.prepare('PRAGMA table_info(companies)').all() as { name: string }[]).map((c) => c.name));
    for (const [name, type] of FAIR_COLUMNS) if (!have.has(name)) db.exec(`ALTER TABLE companies ADD COLUMN ${name} ${type}`);
  }

  companies(): Company[] {
    const rows = this.db.prepare('SELECT id, name_zh, name_en, vip, brand, badges, sections FROM companies ORDER BY id').all() as CompanyRow[];
    return rows.map(fromRow).filter((c): c is Company => c !== null);
  }

  company(id: string): Company | null {
    const row = this.db.prepare('SELECT id, name_zh, name_en, vip, brand, badges, sections FROM companies WHERE id = ?').get(id) as CompanyRow | undefined;
    return row ? fromRow(row) : null;
  }

  accounts(): DirectoryAccount[] {
    return this.db.prepare('SELECT id, company_id AS companyId, role FROM accounts WHERE disabled = 0 ORDER BY id').all() as DirectoryAccount[];
  }

  /** Writes the fair's record of a company (names, tier, badges, sections). */
  saveCompany(c: Company): void {
    this.db
      .prepare('UPDATE companies SET name_zh = ?, name_en = ?, vip = ?, brand = ?, badges = ?, sections = ? WHERE id = ?')
      .run(c.nameZh, c.nameEn, c.vip ? 1 : 0, c.brand ? 1 : 0, JSON.stringify(c.badges), JSON.stringify(c.sections), c.id);
  }
}

function fromRow(row: CompanyRow): Company | null {
  const parsed = readCompany({
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    vip: row.vip === 1,
    brand: row.brand === 1,
    badges: json(row.badges) ?? [],
    sections: json(row.sections) ?? [],
  });
  return parsed.ok ? parsed.value : null;
}
