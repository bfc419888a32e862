import { describe, expect, it } from 'vitest';
import { fittedSize, MAX_IMAGE_SIDE, MAX_PICKED_MB, refuseImageFile } from './resize.ts';

describe('which picked files are tried as images', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp', 'image/gif'])('accepts %s', (type) => {
    expect(refuseImageFile({ name: 'a', type, size: 1000 })).toBeNull();
  });

  it.each(['text/csv', 'application/pdf', '', 'image/svg+xml', 'video/mp4'])('refuses %j as not an image', (type) => {
    expect(refuseImageFile({ name: 'x.bin', type, size: 10 })).toEqual({ key: 'catalogue.image.notImage', params: { name: 'x.bin' } });
  });

  it('refuses a file past the size limit before decoding it', () => {
    const size = MAX_PICKED_MB * 1024 * 1024 + 1;
    expect(refuseImageFile({ name: 'huge.jpg', type: 'image/jpeg', size })).toEqual({
      key: 'catalogue.image.tooBig',
      params: { name: 'huge.jpg', max: MAX_PICKED_MB },
    });
    expect(refuseImageFile({ name: 'ok.jpg', type: 'image/jpeg', size: size - 1 })).toBeNull();
  });
});

describe('the size an image is shrunk to', () => {
  it('fits the longest side into 1280 px, keeping the proportions', () => {
    expect(MAX_IMAGE_SIDE).toBe(1280);
    expect(fittedSize(4000, 3000)).toEqual({ width: 1280, height: 960 });
    expect(fittedSize(3000, 4000)).toEqual({ width: 960, height: 1280 });
    expect(fittedSize(1280, 1280)).toEqual({ width: 1280, height: 1280 });
  });

  it('never enlarges a small image, and never reaches zero', () => {
    expect(fittedSize(640, 480)).toEqual({ width: 640, height: 480 });
    expect(fittedSize(20000, 10)).toEqual({ width: 1280, height: 1 });
  });
});
