import { PERMISSIONS, type LoginAnswer, type Permission, type Principal, type Role } from '@fairdesk/shared';
import type { AccountId, BuyerId, CompanyId } from '@fairdesk/shared';
import type { Db } from './database.ts';

/** An account as the server's database holds it: the authority for logins and rights. */
export interface AccountRecord {
  id: string;
  companyId: string | null;
  login: string;
  name: string;
  role: Role;
  passwordHash: string;
  permissions: Permission[];
  sectionIds: string[];
  disabled: boolean;
  tokenVersion: number;
}

export type NewAccount = Omit<AccountRecord, 'tokenVersion' | 'disabled'> & { disabled?: boolean };

interface AccountRow {
  id: string;
  company_id: string | null;
  login: string;
  name: string;
  role: string;
  password_hash: string;
  permissions: string;
  section_ids: string;
  disabled: number;
  token_version: number;
}

function stringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function fromRow(row: AccountRow): AccountRecord {
  const role: Role = row.role === 'main' || row.role === 'sub' ? row.role : 'buyer';
  const known = new Set<string>(PERMISSIONS);
  return {
    id: row.id,
    companyId: role === 'buyer' ? null : row.company_id,
    login: row.login,
    name: row.name,
    role,
    passwordHash: row.password_hash,
    permissions: role === 'sub' ? (stringList(row.permissions).filter((p) => known.has(p)) as Permission[]) : [],
    sectionIds: stringList(row.section_ids),
    disabled: row.disabled !== 0,
    tokenVersion: row.token_version,
  };
}

/** Companies and accounts in SQLite. Every read is fresh, so a change is seen at once. */
export class AccountStore {
  private localChanges = 0;
  private readonly byIdStmt;
  private readonly byLoginStmt;

  constructor(private readonly db: Db) {
    this.byIdStmt = db.prepare('SELECT * FROM accounts WHERE id = ?');
    this.byLoginStmt = db.prepare('SELECT * FROM accounts WHERE login = ?');
  }

  isEmpty(): boolean {
    const row = this.db.prepare('SELECT (SELECT COUNT(*) FROM accounts) + (SELECT COUNT(*) FROM companies) AS n').get() as { n: number };
    return row.n === 0;
  }

  createCompany(company: { id: string; nameZh: string; nameEn: string }): void {
    this.db
      .prepare('INSERT INTO companies (id, name_zh, name_en, created_at) VALUES (?, ?, ?, ?)')
      .run(company.id, company.nameZh, company.nameEn, Date.now());
    this.localChanges++;
  }

  createAccount(account: NewAccount): void {
    this.db
      .prepare(
        `INSERT INTO accounts (id, company_id, login, name, role, password_hash, permissions, section_ids, disabled, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        account.id,
        account.companyId,
        account.login,
        account.name,
        account.role,
        account.passwordHash,
        JSON.stringify(account.permissions),
        JSON.stringify(account.sectionIds),
        account.disabled ? 1 : 0,
        Date.now(),
      );
    this.localChanges++;
  }

  byId(id: string): AccountRecord | null {
    const row = this.byIdStmt.get(id) as AccountRow | undefined;
    return row ? fromRow(row) : null;
  }

  byLogin(login: string): AccountRecord | null {
    const row = this.byLoginStmt.get(login) as AccountRow | undefined;
    return row ? fromRow(row) : null;
  }

  /** The exhibitor accounts of one company, main first. */
  ofCompany(companyId: string): AccountRecord[] {
    const rows = this.db.prepare("SELECT * FROM accounts WHERE company_id = ? ORDER BY role = 'sub', created_at, id").all(companyId) as AccountRow[];
    return rows.map(fromRow);
  }

  /** Changes the given fields of an account (the accounts API validated them). */
  update(id: string, change: Partial<Pick<AccountRecord, 'name' | 'permissions' | 'sectionIds' | 'passwordHash'>>): void {
    const columns: [string, string][] = [];
    if (change.name !== undefined) columns.push(['name', change.name]);
    if (change.permissions !== undefined) columns.push(['permissions', JSON.stringify(change.permissions)]);
    if (change.sectionIds !== undefined) columns.push(['section_ids', JSON.stringify(change.sectionIds)]);
    if (change.passwordHash !== undefined) columns.push(['password_hash', change.passwordHash]);
    if (columns.length === 0) return;
    const sql = `UPDATE accounts SET ${columns.map(([c]) => `${c} = ?`).join(', ')} WHERE id = ?`;
    this.db.prepare(sql).run(...columns.map(([, v]) => v), id);
    this.localChanges++;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
    this.localChanges++;
  }

  /** Makes every token issued so far for this account invalid. */
  revokeTokens(id: string): void {
    this.db.prepare('UPDATE accounts SET token_version = token_version + 1 WHERE id = ?').run(id);
    this.localChanges++;
  }

  setDisabled(id: string, disabled: boolean): void {
    this.db.prepare('UPDATE accounts SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
    this.localChanges++;
  }

  /**
   * Changes whenever accounts may have changed, here or in another process writing the same
   * file (SQLite's data_version), so live connections are re-checked only when needed.
   */
  changeMark(): string {
    return `${String(this.db.pragma('data_version', { simple: true }))}/${this.localChanges}`;
  }
}

/** Who is asking, as the access rules of shared/ see it. */
export function principalOf(account: AccountRecord): Principal {
  if (account.role === 'buyer' || account.companyId === null) return { kind: 'buyer', id: account.id as BuyerId };
  return {
    kind: 'account',
    id: account.id as AccountId,
    companyId: account.companyId as CompanyId,
    role: account.role,
    permissions: account.permissions,
  };
}

/** The account as POST /api/login and GET /api/me show it. */
export function accountView(account: AccountRecord): LoginAnswer['account'] {
  return {
    id: account.id,
    companyId: account.role === 'buyer' ? null : account.companyId,
    role: account.role,
    name: account.name,
    permissions: account.role === 'main' ? [...PERMISSIONS] : account.permissions,
  };
}
