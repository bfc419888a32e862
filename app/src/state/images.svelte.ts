import { SvelteSet } from 'svelte/reactivity';
import { flushOutbox, imageSource, outbox, storeImage } from '../images/blob-store.ts';
import { refuseImageFile, resizeImage, type ImageRefusal } from '../images/resize.ts';

export type AddedImage = { ok: true; id: string } | { ok: false; refusal: ImageRefusal };

/**
 * Exhibit images on this device: picking (checked, resized, kept locally, uploaded) and the
 * images still waiting for the network, which go up when the browser is back online.
 */
export class ImagesState {
  readonly waiting = new SvelteSet<string>(outbox());
  private readonly retry = () => void this.flush();

  constructor(private readonly token: string) {
    addEventListener('online', this.retry);
    if (this.waiting.size > 0 && navigator.onLine) void this.flush();
  }

  async add(file: File): Promise<AddedImage> {
    const refusal = refuseImageFile(file);
    if (refusal) return { ok: false, refusal };
    let resized: Blob;
    try {
      resized = await resizeImage(file);
    } catch {
      return { ok: false, refusal: { key: 'catalogue.image.unreadable', params: { name: file.name } } };
    }
    const { id, result } = await storeImage(resized, this.token);
    if (result === 'rejected') return { ok: false, refusal: { key: 'catalogue.image.rejected', params: { name: file.name } } };
    if (result === 'waiting') this.waiting.add(id);
    return { ok: true, id };
  }

  /** A URL to show an image by: this device's copy when there is one. */
  source(id: string): Promise<string> {
    return imageSource(id, this.token);
  }

  async flush(): Promise<void> {
    const still = await flushOutbox(this.token);
    for (const id of [...this.waiting]) if (!still.includes(id)) this.waiting.delete(id);
  }

  destroy(): void {
    removeEventListener('online', this.retry);
  }
}
