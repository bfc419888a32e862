import type { Locale } from '@fairdesk/shared';

/** A text kept in both languages, in the viewer's language, falling back to the other one. */
export function localized(locale: Locale, zh: string, en: string): string {
  return locale === 'zh-CN' ? zh || en : en || zh;
}
