import { describe, expect, it } from 'vitest';
import { extensionMessages, isKey, t } from './i18n.ts';

describe('extension messages', () => {
  it('exist in zh-CN and en with the same placeholders', () => {
    const zh = extensionMessages['zh-CN'];
    const en = extensionMessages.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('translate both extension and shared keys, filling placeholders', () => {
    expect(t('en', 'ext.signedInAs', { name: '<b>Li</b>' })).toBe('Signed in as <b>Li</b>');
    expect(t('zh-CN', 'login.failed')).toBe('账号或密码错误');
    expect(isKey('ext.sync')).toBe(true);
    expect(isKey('login.failed')).toBe(true);
    expect(isKey('toString')).toBe(false);
  });
});
