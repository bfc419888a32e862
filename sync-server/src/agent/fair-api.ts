import type { IncomingMessage, ServerResponse } from 'node:http';
import { CORS_HEADERS, HttpError, bearerToken, sendError, sendJson } from '../http-util.ts';
import type { Sessions } from '../sessions.ts';
import { BLOB_TYPES, MAX_BLOB_BYTES, looksLike, type BlobStore, type BlobType } from './blob-store.ts';
import type { FairDirectory } from './fair-directory.ts';

/** Drained from a refused upload so the client reads the answer; a longer body closes the socket. */
const MAX_DRAIN_BYTES = 32 * 1024 * 1024;

/**
 * The fair's HTTP routes: `POST /api/blobs` (exhibitor accounts upload images),
 * `GET /api/blobs/{id}` (public, cached for ever: the id is the content's hash) and
 * `GET /api/fair/companies` (the showroom directory for any signed-in account).
 */
export class FairApi {
  constructor(
    private readonly sessions: Sessions,
    private readonly blobs: BlobStore,
    private readonly directory: FairDirectory,
  ) {}

  owns(path: string): boolean {
    return path === '/api/blobs' || path.startsWith('/api/blobs/') || path === '/api/fair/companies';
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        res.end();
      } else if (path === '/api/blobs') {
        await this.only(req, 'POST', () => this.upload(req, res));
      } else if (path === '/api/fair/companies') {
        await this.only(req, 'GET', () => this.companies(req, res));
      } else {
        await this.only(req, 'GET', () => this.download(res, path.slice('/api/blobs/'.length)));
      }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendError(res, error);
    }
  }

  private async only(req: IncomingMessage, method: string, run: () => Promise<void> | void): Promise<void> {
    if (req.method !== method) throw new HttpError(405, 'api.method', `请使用 ${method} / Use ${method}`);
    await run();
  }

  private signedIn(req: IncomingMessage) {
    const verified = this.sessions.verify(bearerToken(req));
    if (!verified.ok) throw new HttpError(401, `auth.${verified.problem}`, '请先登录 / Please sign in');
    return verified.account;
  }

  private async upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const account = this.signedIn(req);
    if (account.role === 'buyer') {
      await drain(req);
      throw new HttpError(403, 'error.forbidden', '只有展商账号可以上传图片 / Only exhibitor accounts can upload images');
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() as BlobType;
    if (!BLOB_TYPES.includes(type)) {
      await drain(req);
      throw new HttpError(415, 'agent.blobType', '只支持 JPEG、PNG 或 WebP 图片 / Only JPEG, PNG or WebP images are accepted');
    }
    const bytes = await readBody(req);
    if (!looksLike(type, bytes)) {
      throw new HttpError(415, 'agent.blobType', '文件内容不是所声明的图片格式 / The file is not the image type it claims to be');
    }
    sendJson(res, 201, { id: this.blobs.put(type, bytes) });
  }

  private download(res: ServerResponse, id: string): void {
    const blob = this.blobs.get(id);
    if (!blob) throw new HttpError(404, 'error.notFound', '没有这张图片 / No such image');
    res.writeHead(200, {
      ...CORS_HEADERS,
      'Content-Type': blob.type,
      'Content-Length': blob.bytes.length,
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: `"${id}"`,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(blob.bytes);
  }

  private companies(req: IncomingMessage, res: ServerResponse): void {
    this.signedIn(req);
    sendJson(res, 200, this.directory.companies().map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })));
  }
}

const tooLarge = () => new HttpError(413, 'agent.blobTooLarge', '图片不能超过2 MB / An image may be at most 2 MB');

/** Reads at most MAX_BLOB_BYTES; a longer body is read to its end (up to a bound) and refused with 413. */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = Number(req.headers['content-length']) > MAX_BLOB_BYTES ? MAX_BLOB_BYTES + 1 : 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DRAIN_BYTES) {
      req.socket.destroy();
      break;
    }
    if (size <= MAX_BLOB_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BLOB_BYTES) throw tooLarge();
  return Buffer.concat(chunks);
}

/** Reads and drops a refused body (up to a bound), so the client gets the answer. */
async function drain(req: IncomingMessage): Promise<void> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_DRAIN_BYTES) {
      req.socket.destroy();
      return;
    }
  }
}
