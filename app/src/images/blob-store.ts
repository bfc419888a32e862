/**
 * Exhibit images as content-addressed blobs (DESIGN.md "Images"): the id is the SHA-256 of the
 * bytes, the same id the server gives, so an exhibit can name an image picked offline before it
 * is uploaded. Every image this device uploads or sees is kept in the Cache API so it shows
 * offline; an image not yet uploaded is listed in an outbox and stays in the cache until the
 * server has it, so it is never lost.
 */
export const IMAGE_CACHE = 'fairdesk-images';
const OUTBOX_KEY = 'fairdesk.images.outbox';

export function blobUrl(id: string): string {
  return `/api/blobs/${encodeURIComponent(id)}`;
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function cacheAvailable(): boolean {
  return typeof caches !== 'undefined';
}

async function cachePut(id: string, blob: Blob): Promise<void> {
  if (!cacheAvailable()) return;
  const cache = await caches.open(IMAGE_CACHE);
  await cache.put(blobUrl(id), new Response(blob, { headers: { 'Content-Type': blob.type || 'image/jpeg' } }));
}

async function cacheGet(id: string): Promise<Blob | null> {
  if (!cacheAvailable()) return null;
  const hit = await (await caches.open(IMAGE_CACHE)).match(blobUrl(id));
  return hit ? hit.blob() : null;
}

/** Drops every image this device kept, and the list of those waiting to upload (sign-out). */
export async function clearLocalImages(): Promise<void> {
  localStorage.removeItem(OUTBOX_KEY);
  if (cacheAvailable()) await caches.delete(IMAGE_CACHE);
}

export function outbox(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function setOutbox(ids: string[]): void {
  localStorage.setItem(OUTBOX_KEY, JSON.stringify([...new Set(ids)]));
}

export type UploadResult = 'uploaded' | 'waiting' | 'rejected';

/** POST /api/blobs; 'waiting' when the network or server is not there (try again later). */
async function upload(id: string, blob: Blob, token: string): Promise<UploadResult> {
  try {
    const response = await fetch('/api/blobs', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/jpeg' },
      body: blob,
    });
    if (response.status === 200 || response.status === 201) {
      const body: unknown = await response.json().catch(() => null);
      const given = body && typeof body === 'object' && 'id' in body ? body.id : null;
      if (given !== id) console.error('image id differs from the server’s', id, given);
      return 'uploaded';
    }
    // The server will never take it (too big, not an image): stop retrying; the local copy stays.
    if (response.status >= 400 && response.status < 500 && response.status !== 401 && response.status !== 408 && response.status !== 429) {
      return 'rejected';
    }
    return 'waiting';
  } catch {
    return 'waiting';
  }
}

/** Keeps the image here first, then uploads it; returns its id whatever the network does. */
export async function storeImage(blob: Blob, token: string): Promise<{ id: string; result: UploadResult }> {
  const id = await sha256Hex(blob);
  await cachePut(id, blob);
  setOutbox([...outbox(), id]);
  const result = await upload(id, blob, token);
  if (result !== 'waiting') setOutbox(outbox().filter((x) => x !== id));
  return { id, result };
}

/** Uploads what waits in the outbox; returns the ids still waiting. */
export async function flushOutbox(token: string): Promise<string[]> {
  for (const id of outbox()) {
    const blob = await cacheGet(id);
    const result = blob ? await upload(id, blob, token) : 'rejected';
    if (result !== 'waiting') setOutbox(outbox().filter((x) => x !== id));
  }
  return outbox();
}

/**
 * A URL an <img> can show: from the local cache when it is there (works offline), else fetched
 * from the server and kept. The caller revokes object URLs it gets (they start with blob:).
 */
export async function imageSource(id: string, token: string): Promise<string> {
  if (!cacheAvailable()) return blobUrl(id);
  const cached = await cacheGet(id);
  if (cached) return URL.createObjectURL(cached);
  try {
    const response = await fetch(blobUrl(id), { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return blobUrl(id);
    const blob = await response.blob();
    await cachePut(id, blob);
    return URL.createObjectURL(blob);
  } catch {
    return blobUrl(id);
  }
}
