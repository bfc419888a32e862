import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NOT_BUILT = `Fairdesk is running, but the app is not built yet.
Run "npm run build" and reload this page.
Fairdesk 服务已启动，但应用尚未构建：请运行 npm run build，然后刷新本页。
`;

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

/** Hashed build output never changes under its name; everything else must be revalidated. */
function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function fileAt(path: string): Promise<{ size: number; mtime: Date } | null> {
  try {
    const stat = await fs.stat(path);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built app: real files with their types, `index.html` for every other GET path
 * (client-side routes), 404 for a missing hashed asset, never anything outside `appDir`.
 */
export async function serveApp(req: IncomingMessage, res: ServerResponse, urlPath: string, appDir: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return plain(res, 405, 'Method not allowed\n');
  }
  const root = resolve(appDir);
  const index = join(root, 'index.html');
  if (!(await fileAt(index))) return plain(res, 200, NOT_BUILT);

  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return plain(res, 400, 'Bad request: malformed URL\n');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return plain(res, 400, 'Bad request\n');
  const target = resolve(root, '.' + decoded);
  if (target !== root && !target.startsWith(root + sep)) return plain(res, 404, 'Not found\n');

  let path = target;
  let servedAs = decoded;
  let stat = await fileAt(path);
  if (!stat) {
    if (decoded.startsWith('/assets/')) return plain(res, 404, 'Not found\n');
    path = index;
    servedAs = '/index.html';
    stat = await fileAt(index);
    if (!stat) return plain(res, 200, NOT_BUILT);
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': cacheControl(servedAs),
    'Last-Modified': stat.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(path), res).catch(() => res.destroy());
}
