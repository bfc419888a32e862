import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LoginAnswer } from '@fairdesk/shared';
import { accountView } from './account-store.ts';
import { CORS_HEADERS, HttpError, bearerToken, readJsonBody, sendError, sendJson } from './http-util.ts';
import type { Sessions, TokenProblem } from './sessions.ts';

const MAX_BODY_BYTES = 16 * 1024;

const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  missing: '请先登录 / Please sign in',
  invalid: '登录凭证无效 / Invalid token',
  expired: '登录已过期，请重新登录 / Your session has expired, please sign in again',
  revoked: '登录已失效，请重新登录 / This session was revoked, please sign in again',
  disabled: '账号已停用 / This account is disabled',
};

/** The JSON API under /api. Every answer carries CORS headers: the extension calls from its own origin. */
export class Api {
  constructor(private readonly sessions: Sessions) {}

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
        return;
      }
      if (path === '/api/login') return await this.onlyMethod(req, 'POST', () => this.login(req, res));
      if (path === '/api/me') return await this.onlyMethod(req, 'GET', () => this.me(req, res));
      throw new HttpError(404, 'api.notFound', `没有这个接口 / No such API: ${path}`);
    } catch (error) {
      if (error instanceof HttpError) sendError(res, error);
      else throw error;
    }
  }

  private async onlyMethod(req: IncomingMessage, method: string, run: () => Promise<void> | void): Promise<void> {
    if (req.method !== method) throw new HttpError(405, 'api.method', `请使用 ${method} / Use ${method}`);
    await run();
  }

  private async login(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    const login = fields?.login;
    const password = fields?.password;
    if (typeof login !== 'string' || typeof password !== 'string' || !login.trim() || !password) {
      throw new HttpError(400, 'request.invalid', '请填写账号和密码 / "login" and "password" are required strings');
    }
    const result = await this.sessions.login(login.trim(), password);
    if (!result.ok && result.problem === 'disabled') {
      throw new HttpError(401, 'login.disabled', '账号已停用 / This account is disabled');
    }
    if (!result.ok) throw new HttpError(401, 'login.failed', '账号或密码错误 / Wrong login or password');
    const answer: LoginAnswer = { token: result.token, account: accountView(result.account) };
    sendJson(res, 200, answer);
  }

  private me(req: IncomingMessage, res: ServerResponse): void {
    const verified = this.sessions.verify(bearerToken(req));
    if (!verified.ok) {
      throw new HttpError(401, `auth.${verified.problem}`, TOKEN_MESSAGES[verified.problem]);
    }
    sendJson(res, 200, accountView(verified.account));
  }
}
