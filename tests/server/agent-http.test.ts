import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { tokenOf } from './agent-fixtures.ts';

let server: RunningServer;
let mainToken: string;
let buyerToken: string;

beforeAll(async () => {
  server = await startServer();
  mainToken = await tokenOf(server, 'demo-sales-2');
  buyerToken = await tokenOf(server, 'demo-buyer');
});
afterAll(async () => {
  await server?.stop();
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR a tiny test image')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF a tiny test image')]);

function upload(body: Buffer, type: string, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': type };
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(`${server.url}api/blobs`, { method: 'POST', headers, body: new Uint8Array(body) });
}

describe('POST /api/blobs', () => {
  it('stores an image under the sha-256 of its bytes, idempotently, and serves it back for ever', async () => {
    const res = await upload(PNG, 'image/png', mainToken);
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { id } = (await res.json()) as { id: string };
    expect(id).toBe(createHash('sha256').update(PNG).digest('hex'));
    const again = await upload(PNG, 'image/png', mainToken);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ id });

    const got = await fetch(`${server.url}api/blobs/${id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('keeps each image’s own type', async () => {
    const { id } = (await (await upload(JPEG, 'image/jpeg', mainToken)).json()) as { id: string };
    expect((await fetch(`${server.url}api/blobs/${id}`)).headers.get('content-type')).toBe('image/jpeg');
  });

  it('refuses another type, or bytes that are not the type they claim, with 415', async () => {
    const text = await upload(Buffer.from('<script>alert(1)</script>'), 'text/html', mainToken);
    expect(text.status).toBe(415);
    expect(((await text.json()) as { message: string }).message).toMatch(/JPEG.*PNG.*WebP/);
    expect((await upload(JPEG, 'image/png', mainToken)).status).toBe(415);
  });

  it('refuses more than 2 MiB with 413 and a message in both languages', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 1);
    PNG.copy(big);
    const res = await upload(big, 'image/png', mainToken);
    expect(res.status).toBe(413);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('agent.blobTooLarge');
    expect(body.message).toContain('图片不能超过2 MB');
    expect(body.message).toContain('at most 2 MB');
    const exact = Buffer.alloc(2 * 1024 * 1024, 2);
    PNG.copy(exact);
    expect((await upload(exact, 'image/png', mainToken)).status).toBe(201);
  });

  it('needs an exhibitor’s token', async () => {
    expect((await upload(PNG, 'image/png', null)).status).toBe(401);
    expect((await upload(PNG, 'image/png', 'v1.forged.token')).status).toBe(401);
    expect((await upload(PNG, 'image/png', buyerToken)).status).toBe(403);
  });
});

describe('GET /api/blobs/{id}', () => {
  it('answers 404 for an unknown or malformed id', async () => {
    expect((await fetch(`${server.url}api/blobs/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${server.url}api/blobs/../fairdesk.sqlite`)).status).toBe(404);
    expect((await fetch(`${server.url}api/blobs/ZZZ`)).status).toBe(404);
  });
});

describe('GET /api/fair/companies', () => {
  it('lists the companies for any signed-in account, and nobody else', async () => {
    const res = await fetch(`${server.url}api/fair/companies`, { headers: { Authorization: `Bearer ${buyerToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual([{ id: 'demo', nameZh: '广州示例机械有限公司', nameEn: 'Guangzhou Demo Machinery Co., Ltd.' }]);
    expect((await fetch(`${server.url}api/fair/companies`)).status).toBe(401);
  });

  it('answers a CORS preflight', async () => {
    const res = await fetch(`${server.url}api/blobs`, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization');
  });
});
