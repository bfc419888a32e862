import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, isLocale, isMessageKey, pickLocale, translate, type MessageKey } from './index.ts';
import { en } from './en.ts';
import { zhCN } from './zh-CN.ts';
import { readBookingInput } from '../model/booking.ts';
import { readCardInput } from '../model/card.ts';
import { readCompany } from '../model/company.ts';
import { readMessageBody } from '../model/conversation.ts';
import { readExhibitInput } from '../model/exhibit.ts';
import { readIntentInput } from '../model/intent.ts';
import { readSlotInput } from '../model/slot.ts';
import type { Result } from '../model/validate.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('en has exactly the keys of zh-CN', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('%s has no empty or blank message', (_locale, catalogue) => {
    const blank = Object.entries(catalogue).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(blank).toEqual([]);
  });

  it('each message has the same placeholders in both languages', () => {
    const differ = (Object.keys(zhCN) as MessageKey[]).filter((k) => placeholders(zhCN[k]).join() !== placeholders(en[k]).join());
    expect(differ).toEqual([]);
  });

  it('the refusal of R1.6 reads as on the fair', () => {
    expect(translate('zh-CN', 'error.quotaExhausted')).toBe('推荐次数已达上限');
  });
});

describe('translate', () => {
  it('picks the message of the locale', () => {
    expect(translate('zh-CN', 'exhibit.add')).toBe('添加展品');
    expect(translate('en', 'exhibit.add')).toBe('Add exhibit');
  });

  it('fills {params}', () => {
    expect(translate('en', 'exhibit.count', { count: 12 })).toBe('12 exhibits');
    expect(translate('zh-CN', 'exhibit.count', { count: '3' })).toBe('共 3 个展品');
    expect(translate('en', 'exhibit.count', { count: 0 })).toBe('0 exhibits');
  });

  it('leaves a placeholder without a param as it is', () => {
    expect(translate('en', 'exhibit.count')).toBe('{count} exhibits');
    expect(translate('en', 'exhibit.count', { other: 1 })).toBe('{count} exhibits');
  });

  it('inserts params as plain text, without interpreting replacement patterns or markup', () => {
    expect(translate('en', 'exhibit.count', { count: '$&<b>$1</b>' })).toBe('$&<b>$1</b> exhibits');
  });
});

describe('pickLocale', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['ZH'], 'zh-CN'],
    [['en-US'], 'en'],
    [['EN-gb', 'zh-CN'], 'en'],
    [['de-DE', 'en-US', 'zh'], 'en'],
    [['fr-FR', 'zh-HK'], 'zh-CN'],
    [['fr-FR'], 'zh-CN'],
    [[], 'zh-CN'],
  ])('%j → %s', (languages, expected) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('knows zh-CN and en only', () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    for (const v of ['zh', 'en-US', 'fr', '', null, 1]) expect(isLocale(v)).toBe(false);
  });
});

describe('isMessageKey', () => {
  it('accepts every catalogue key', () => {
    for (const k of Object.keys(zhCN)) expect(isMessageKey(k)).toBe(true);
  });

  it.each(['error.unknown', '', 'Error.required', ' error.required', 'toString', 'constructor', '__proto__', 'hasOwnProperty', null, 1, {}])(
    'rejects %j',
    (v) => {
      expect(isMessageKey(v)).toBe(false);
    },
  );

  it('so a refusal reason read from a doc can always be translated', () => {
    for (const v of ['error.quotaExhausted', 'toString', 'valueOf']) {
      if (isMessageKey(v)) expect(typeof translate('en', v)).toBe('string');
    }
  });
});

describe('every code a validator can produce is a message key', () => {
  it('by the codes written in the domain sources', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const codes = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(join(root, f), 'utf8').matchAll(/code: '([a-z]+\.[^']+)'/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].filter((c) => !isMessageKey(c))).toEqual([]);
  });

  it('by what the validators answer to bad input', () => {
    const bad: Result<unknown>[] = [
      readExhibitInput(null),
      readExhibitInput({ nameZh: 'x'.repeat(999), moq: -1, status: 'x', groups: 'x', pinned: 'x' }),
      readExhibitInput({ code: {} }),
      readCardInput({ email: 'x', phone: 'x', fax: 'x', nameEn: ['x'] }),
      readIntentInput({ quantity: 0 }),
      readSlotInput({ date: '2021-02-30', start: '25:00', minutes: 1 }),
      readBookingInput({}),
      readMessageBody({ kind: 'video', text: '' }),
      readCompany({ sections: [{}], badges: ['x'] }),
    ];
    const codes = new Set(bad.flatMap((r) => (r.ok ? [] : r.errors.map((e) => e.code as string))));
    expect(codes).toEqual(
      new Set([
        'error.invalid',
        'error.required',
        'error.tooLong',
        'error.number',
        'error.nameRequired',
        'error.email',
        'error.phone',
        'error.date',
        'error.time',
      ]),
    );
    for (const c of codes) {
      expect(isMessageKey(c)).toBe(true);
      expect(translate('en', c as MessageKey)).not.toBe('');
      expect(translate('zh-CN', c as MessageKey)).not.toBe('');
    }
  });
});
