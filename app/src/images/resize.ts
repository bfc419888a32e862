import type { MessageKey } from '@fairdesk/shared';

/** Photos are shrunk on this device before they go anywhere: the fair shows them at most this big. */
export const MAX_IMAGE_SIDE = 1280;
export const JPEG_QUALITY = 0.85;
/** A picked file larger than this is refused before it is decoded (a phone photo is ~5–12 MB). */
export const MAX_PICKED_MB = 25;

export type ImageRefusal = { key: MessageKey; params: Record<string, string | number> };

/** Why a picked file cannot become an exhibit image, or null when it can be tried. */
export function refuseImageFile(file: Pick<File, 'name' | 'type' | 'size'>): ImageRefusal | null {
  if (!/^image\/(jpeg|png|webp|gif|bmp|avif)$/.test(file.type)) return { key: 'catalogue.image.notImage', params: { name: file.name } };
  if (file.size > MAX_PICKED_MB * 1024 * 1024) return { key: 'catalogue.image.tooBig', params: { name: file.name, max: MAX_PICKED_MB } };
  return null;
}

/** The size that fits the longest side into MAX_IMAGE_SIDE, never enlarging. */
export function fittedSize(width: number, height: number, max = MAX_IMAGE_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Decodes the picked file and re-encodes it as a JPEG whose longest side is at most 1280 px.
 * Throws when the browser cannot decode it (a damaged or disguised file).
 */
export async function resizeImage(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = fittedSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // JPEG has no transparency: a transparent PNG goes on white, not black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    if (!blob) throw new Error('the image could not be encoded');
    return blob;
  } finally {
    bitmap.close();
  }
}
