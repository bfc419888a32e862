import { isLocale, pickLocale, translate, fairTime, type Locale, type MessageKey } from '@fairdesk/shared';

const KEY = 'fairdesk.locale';

/** The UI language, kept per device (R0.2); zh-CN unless the browser asks for English. */
class LocaleState {
  current = $state<Locale>(initial());

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.current, key, params);

  /** Beijing time with the viewer's local time beside it where they differ. */
  time = (at: number): string =>
    fairTime(at, this.current, Intl.DateTimeFormat().resolvedOptions().timeZone, translate(this.current, 'time.local'));

  set(locale: Locale): void {
    this.current = locale;
    localStorage.setItem(KEY, locale);
    document.documentElement.lang = locale;
  }
}

function initial(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  if (isLocale(saved)) return saved;
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export const locale = new LocaleState();
