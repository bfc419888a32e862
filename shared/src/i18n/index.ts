import { en } from './en.ts';
import type { Catalogue, MessageKey } from './keys.ts';
import { zhCN } from './zh-CN.ts';

export type { MessageKey, Catalogue } from './keys.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const catalogues: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };

export function isLocale(v: unknown): v is Locale {
  return v === 'zh-CN' || v === 'en';
}

/** Picks zh-CN or en from a browser's language list; Chinese speakers get Chinese. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

/** The message for a key, with `{name}` placeholders filled in. Returns plain text, never HTML. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** True for a string that names a message, e.g. a refusal reason read from a doc. */
export function isMessageKey(v: unknown): v is MessageKey {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(zhCN, v);
}
