import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId, type MessageKey } from '@fairdesk/shared';
import type { AccountRecord, AccountStore } from '../account-store.ts';
import type { Agent } from '../agent.ts';
import { CORS_HEADERS, HttpError, bearerToken, readJsonBody, sendError, sendJson } from '../http-util.ts';
import { hashPassword } from '../passwords.ts';
import type { Sessions } from '../sessions.ts';
import { readNewSubAccount, readSubAccountChange, type InputProblem } from './account-input.ts';
import { mirrorAccount, profileAccount } from './profile-mirror.ts';

const MAX_BODY_BYTES = 16 * 1024;
const PREFIX = '/api/accounts';

/** Bilingual text for the logs and API users; the app shows the `error` key in its own language. */
const TEXT: Partial<Record<MessageKey, string>> = {
  'org.error.mainOnly': '只有主账号可以管理子账号 / Only the main account can manage sub-accounts',
  'org.error.mainAccount': '主账号不能停用、删除或修改权限 / The main account cannot be disabled, deleted or changed here',
  'org.error.loginTaken': '该登录账号已被使用 / This login is already taken',
  'org.error.login': '登录账号须为 3–40 个字母、数字或 . _ - @ / A login is 3–40 letters, digits or . _ - @',
  'org.error.name': '请填写姓名（不超过 60 个字）/ "name" is required, at most 60 characters',
  'org.error.password': '密码至少 8 位（不超过 200 位）/ A password has 8 to 200 characters',
  'org.error.permission': '未知的权限 / Unknown permission',
  'org.error.section': '企业没有此展区 / The company has no such section',
  'error.notFound': '没有这个子账号 / No such sub-account',
  'error.invalid': '请求内容不正确 / The request is not valid',
};

function refuse(status: number, key: MessageKey, field?: string): HttpError {
  const error = new HttpError(status, key, TEXT[key] ?? key);
  if (field) error.message += ` (${field})`;
  return error;
}

function invalid(problem: InputProblem): HttpError {
  return refuse(400, problem.error, problem.field || undefined);
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

/**
 * 子账号管理 and 权限管理 (R0.1, R0.6): the main account lists, creates, changes, disables and
 * deletes its company's sub-accounts. The database is the authority; each change is mirrored
 * into the profile doc, and the connection watch acts on live sockets within a sweep.
 */
export class AccountsApi {
  constructor(
    private readonly sessions: Sessions,
    private readonly accounts: AccountStore,
    private readonly agent: Agent,
    private readonly sectionsOf: (companyId: string) => string[],
  ) {}

  owns(path: string): boolean {
    return path === PREFIX || path.startsWith(`${PREFIX}/`);
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      const main = this.mainAccount(req);
      const companyId = main.companyId as string;
      const id = path === PREFIX ? null : decodeURIComponent(path.slice(PREFIX.length + 1));
      if (id === null && req.method === 'GET') return sendJson(res, 200, { accounts: this.list(companyId) });
      if (id === null && req.method === 'POST') return sendJson(res, 201, await this.create(req, companyId));
      if (id !== null && req.method === 'PATCH') return sendJson(res, 200, await this.change(req, companyId, id));
      if (id !== null && req.method === 'DELETE') return sendJson(res, 200, await this.remove(companyId, id));
      throw new HttpError(405, 'api.method', '不支持的请求方法 / Method not allowed');
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendError(res, error);
    }
  }

  private mainAccount(req: IncomingMessage): AccountRecord {
    const verified = this.sessions.verify(bearerToken(req));
    if (!verified.ok) throw new HttpError(401, `auth.${verified.problem}`, '请先登录 / Please sign in');
    const account = verified.account;
    if (account.role !== 'main' || account.companyId === null) throw refuse(403, 'org.error.mainOnly');
    return account;
  }

  private list(companyId: string) {
    return this.accounts.ofCompany(companyId).map(profileAccount);
  }

  private async create(req: IncomingMessage, companyId: string) {
    const read = readNewSubAccount(await readJsonBody(req, MAX_BODY_BYTES), this.sectionsOf(companyId));
    if (!read.ok) throw invalid(read.problem);
    const input = read.value;
    if (this.accounts.byLogin(input.login)) throw refuse(409, 'org.error.loginTaken', 'login');
    const passwordHash = await hashPassword(input.password);
    const id = newId('acct-');
    try {
      this.accounts.createAccount({ id, companyId, login: input.login, name: input.name, role: 'sub', passwordHash, permissions: input.permissions, sectionIds: input.sectionIds });
    } catch (error) {
      // Another request took the login while the password was being hashed.
      if (isUniqueViolation(error)) throw refuse(409, 'org.error.loginTaken', 'login');
      throw error;
    }
    return this.mirrored(companyId, id);
  }

  private async change(req: IncomingMessage, companyId: string, id: string) {
    this.subAccount(companyId, id);
    const read = readSubAccountChange(await readJsonBody(req, MAX_BODY_BYTES), this.sectionsOf(companyId));
    if (!read.ok) throw invalid(read.problem);
    const { name, permissions, sectionIds, password, disabled } = read.value;
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    this.subAccount(companyId, id); // still there after hashing
    this.accounts.update(id, { name, permissions, sectionIds, passwordHash });
    if (disabled !== undefined) this.accounts.setDisabled(id, disabled);
    // Disabling or a new password ends every session: the connection watch closes its sockets.
    if (disabled === true || passwordHash !== undefined) this.accounts.revokeTokens(id);
    return this.mirrored(companyId, id);
  }

  private async remove(companyId: string, id: string) {
    this.subAccount(companyId, id);
    this.accounts.revokeTokens(id);
    this.accounts.delete(id);
    await mirrorAccount(this.agent, companyId, id, null);
    return { id, deleted: true };
  }

  /** The sub-account `id` of the caller's company; anything else is not found, the main account refused. */
  private subAccount(companyId: string, id: string): AccountRecord {
    const target = this.accounts.byId(id);
    if (!target || target.companyId !== companyId) throw refuse(404, 'error.notFound');
    if (target.role !== 'sub') throw refuse(403, 'org.error.mainAccount');
    return target;
  }

  private async mirrored(companyId: string, id: string) {
    const record = this.accounts.byId(id);
    if (!record) throw refuse(404, 'error.notFound');
    await mirrorAccount(this.agent, companyId, id, record);
    return profileAccount(record);
  }
}
