import { describe, expect, it } from 'vitest';
import { readCardInput } from './card.ts';

const card = {
  nameZh: '王明',
  nameEn: 'Wang Ming',
  companyZh: '广州陶瓷有限公司',
  companyEn: 'Guangzhou Ceramics Ltd.',
  titleZh: '销售经理',
  titleEn: 'Sales manager',
  region: 'China',
  email: 'wang.ming@example.com',
  phone: '+86 20 8912 8888',
  fax: '+86-20-89128889',
  address: '382 Yuejiang Zhong Road, Guangzhou',
};

const limits = {
  nameZh: 100,
  nameEn: 100,
  companyZh: 200,
  companyEn: 200,
  titleZh: 100,
  titleEn: 100,
  region: 100,
  email: 200,
  phone: 30,
  fax: 30,
  address: 300,
} as const;

function errorsOf(input: unknown) {
  const r = readCardInput(input);
  return r.ok ? [] : r.errors;
}

describe('readCardInput', () => {
  it('reads a complete card unchanged', () => {
    expect(readCardInput(card)).toEqual({ ok: true, value: card });
  });

  it('a name alone is enough; everything else defaults to empty', () => {
    expect(readCardInput({ nameEn: 'Ann' })).toEqual({
      ok: true,
      value: { ...Object.fromEntries(Object.keys(card).map((k) => [k, ''])), nameEn: 'Ann' },
    });
  });

  it('needs a name in one language', () => {
    expect(errorsOf({ email: 'a@b.co' })).toEqual([{ field: 'nameZh', code: 'error.nameRequired' }]);
    expect(errorsOf({ nameZh: '  ' })).toEqual([{ field: 'nameZh', code: 'error.nameRequired' }]);
  });

  it('trims', () => {
    const r = readCardInput({ nameEn: '  Ann ', email: ' ann@example.com ', phone: ' 12345 ' });
    expect(r.ok && r.value).toMatchObject({ nameEn: 'Ann', email: 'ann@example.com', phone: '12345' });
  });

  it.each(Object.entries(limits))('%s allows at most %i characters', (field, max) => {
    // phone/fax/email have their own format, so probe the limit with a value that otherwise passes
    const fill = (n: number) =>
      field === 'email' ? 'a'.repeat(n - 6) + '@b.com' : field === 'phone' || field === 'fax' ? '1'.repeat(n) : 'x'.repeat(n);
    expect(errorsOf({ ...card, [field]: fill(max + 1) })).toContainEqual({ field, code: 'error.tooLong' });
    if (field !== 'phone' && field !== 'fax') expect(readCardInput({ ...card, [field]: fill(max) }).ok).toBe(true);
  });

  it.each(Object.keys(card))('%s rejects a non-text value', (field) => {
    expect(errorsOf({ ...card, [field]: ['x'] })).toContainEqual({ field, code: 'error.invalid' });
  });

  it.each(['a@b.co', 'first.last+tag@sub.example.com.cn', '王@例子.中国'])('accepts the email %s', (email) => {
    expect(readCardInput({ ...card, email }).ok).toBe(true);
  });

  it.each(['plain', 'a@b', '@b.com', 'a@.', 'a b@c.com', 'a@b c.com', 'a@b@c.com', 'a@b.'])('rejects the email %j', (email) => {
    expect(errorsOf({ ...card, email })).toEqual([{ field: 'email', code: 'error.email' }]);
  });

  it.each(['12345', '+86 20 8912 8888', '020-89128888', '+1 (212) 555-1234', '(212) 555-1234', '(020) 8912 8888'])(
    'accepts the phone %j',
    (phone) => {
      expect(readCardInput({ ...card, phone }).ok).toBe(true);
      expect(readCardInput({ ...card, fax: phone }).ok).toBe(true);
    },
  );

  it.each(['1234', 'abc', '+', '++86 123456', '86 20 x8912', 'tel:12345', '-12345', '12345#'])('rejects the phone %j', (phone) => {
    expect(errorsOf({ ...card, phone })).toEqual([{ field: 'phone', code: 'error.phone' }]);
    expect(errorsOf({ ...card, fax: phone })).toEqual([{ field: 'fax', code: 'error.phone' }]);
  });

  it('an empty email, phone or fax is allowed', () => {
    expect(readCardInput({ ...card, email: '', phone: '', fax: '' }).ok).toBe(true);
  });

  it('keeps HTML as plain text', () => {
    const html = '<a href="javascript:x()">Ann</a>';
    const r = readCardInput({ ...card, nameEn: html, address: html });
    expect(r.ok && [r.value.nameEn, r.value.address]).toEqual([html, html]);
  });

  it('reports every bad field at once', () => {
    expect(errorsOf({ email: 'bad', phone: 'bad', fax: 'bad' })).toEqual([
      { field: 'nameZh', code: 'error.nameRequired' },
      { field: 'email', code: 'error.email' },
      { field: 'phone', code: 'error.phone' },
      { field: 'fax', code: 'error.phone' },
    ]);
  });

  it.each([null, 'card', 3, [card]])('rejects %j as a whole', (v) => {
    expect(readCardInput(v)).toEqual({ ok: false, errors: [{ field: '', code: 'error.invalid' }] });
  });
});
