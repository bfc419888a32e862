import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_LENGTH, readMessageBody } from './conversation.ts';

function errorsOf(input: unknown) {
  const r = readMessageBody(input);
  return r.ok ? [] : r.errors;
}

describe('readMessageBody (R4.3)', () => {
  it('reads a text message, text being the default kind', () => {
    expect(readMessageBody({ kind: 'text', text: 'Hello' })).toEqual({ ok: true, value: { kind: 'text', text: 'Hello' } });
    expect(readMessageBody({ text: '你好' })).toEqual({ ok: true, value: { kind: 'text', text: '你好' } });
  });

  it('reads an image message as a blob id', () => {
    expect(readMessageBody({ kind: 'image', imageId: 'blob-1' })).toEqual({ ok: true, value: { kind: 'image', imageId: 'blob-1' } });
  });

  it('keeps only the fields of its kind', () => {
    const r = readMessageBody({ kind: 'image', imageId: 'blob-1', text: 'ignored' });
    expect(r.ok && r.value).toEqual({ kind: 'image', imageId: 'blob-1' });
  });

  it('trims the text', () => {
    const r = readMessageBody({ text: '  hi \n' });
    expect(r.ok && r.value).toEqual({ kind: 'text', text: 'hi' });
  });

  it('an empty text or image id is refused', () => {
    expect(errorsOf({ kind: 'text', text: '   ' })).toEqual([{ field: 'text', code: 'error.required' }]);
    expect(errorsOf({ kind: 'text' })).toEqual([{ field: 'text', code: 'error.required' }]);
    expect(errorsOf({ kind: 'image' })).toEqual([{ field: 'imageId', code: 'error.required' }]);
  });

  it(`text allows ${MAX_MESSAGE_LENGTH} characters and no more`, () => {
    expect(MAX_MESSAGE_LENGTH).toBe(5000);
    expect(readMessageBody({ text: 'x'.repeat(5000) }).ok).toBe(true);
    expect(errorsOf({ text: 'x'.repeat(5001) })).toEqual([{ field: 'text', code: 'error.tooLong' }]);
  });

  it('an image id allows 128 characters and no more (no inline data URLs)', () => {
    expect(readMessageBody({ kind: 'image', imageId: 'i'.repeat(128) }).ok).toBe(true);
    expect(errorsOf({ kind: 'image', imageId: 'data:image/png;base64,' + 'A'.repeat(200) })).toEqual([
      { field: 'imageId', code: 'error.tooLong' },
    ]);
  });

  it.each(['video', 'file', 'html', 1])('rejects the kind %j', (kind) => {
    expect(errorsOf({ kind, text: 'x' })).toContainEqual({ field: 'kind', code: 'error.invalid' });
  });

  it('rejects a non-text body', () => {
    expect(errorsOf({ text: { html: '<b>x</b>' } })).toEqual([{ field: 'text', code: 'error.invalid' }]);
  });

  it('keeps HTML and script as plain text', () => {
    const html = '<script>document.cookie</script><b>hi</b>';
    const r = readMessageBody({ text: html });
    expect(r.ok && r.value).toEqual({ kind: 'text', text: html });
  });

  it.each([null, 'hello', ['hello']])('rejects %j as a whole', (v) => {
    expect(readMessageBody(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });
});
