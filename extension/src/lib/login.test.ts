import { describe, expect, it } from 'vitest';
import { t } from './i18n.ts';
import { signIn } from './login.ts';

const form = { server: 'http://127.0.0.1:8787/', login: ' demo-main ', password: 'pw' };
const account = { id: 'demo-main', companyId: 'demo', role: 'main', name: '张经理', permissions: [] };

function answering(status: number, body: unknown, seen: Request[] = []): typeof fetch {
  return async (input, init) => {
    seen.push(new Request(input, init));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
}

describe('signIn', () => {
  it('posts the login as JSON and returns the session parts', async () => {
    const seen: Request[] = [];
    const result = await signIn(form, answering(200, { token: 'tok', account }, seen));
    expect(result).toEqual({ ok: true, server: 'http://127.0.0.1:8787', answer: { token: 'tok', account } });
    expect(seen[0].url).toBe('http://127.0.0.1:8787/api/login');
    expect(seen[0].method).toBe('POST');
    expect(await seen[0].json()).toEqual({ login: 'demo-main', password: 'pw' });
  });

  it('names the refusal the server gives, in both languages', async () => {
    const failed = await signIn(form, answering(401, { error: 'login.failed', message: 'x' }));
    expect(failed).toEqual({ ok: false, error: { key: 'login.failed' } });
    const disabled = await signIn(form, answering(401, { error: 'login.disabled', message: 'x' }));
    expect(!disabled.ok && t('zh-CN', disabled.error.key)).toBe('该账号已停用');
    expect(!disabled.ok && t('en', disabled.error.key)).toBe('This account has been disabled');
  });

  it('turns a server fault, a foreign answer and no answer into their own messages', async () => {
    const fault = await signIn(form, answering(502, 'Bad gateway'));
    expect(!fault.ok && t('en', fault.error.key, fault.error.params)).toContain('502');
    expect(await signIn(form, answering(200, '<html>'))).toEqual({ ok: false, error: { key: 'ext.badAnswer' } });
    expect(await signIn(form, answering(401, 'nope'))).toEqual({ ok: false, error: { key: 'login.failed' } });
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await signIn(form, offline)).toEqual({ ok: false, error: { key: 'login.network' } });
  });

  it('does not ask the server when the form is not usable', async () => {
    const never: typeof fetch = () => {
      throw new Error('must not be called');
    };
    expect(await signIn({ ...form, server: 'localhost:8787' }, never)).toEqual({ ok: false, error: { key: 'ext.serverInvalid' } });
    expect(await signIn({ ...form, password: '' }, never)).toEqual({ ok: false, error: { key: 'error.required' } });
  });
});
