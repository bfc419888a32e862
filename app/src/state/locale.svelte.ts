import { isLocale, pickLocale, translate, fairTime, type Locale, type MessageKey } from '@fairdesk/shared';

const KEY = 'fairdesk.locale';

/**
 * The UI language, kept per account and device (R0.2): each account signed in on this device
 * keeps its own choice; before sign-in the device's last choice, else the browser's language.
 */
class LocaleState {
  current = $state<Locale>(initial());
  private accountId = '';

  /** Switches to the language this account chose on this device, if it chose one ('' = signed out). */
  useAccount(accountId: string): void {
    this.accountId = accountId;
    if (!accountId) return;
    const saved = localStorage.getItem(`${KEY}.${accountId}`);
    if (isLocale(saved) && saved !== this.current) this.set(saved);
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.current, key, params);

  /** Beijing time with the viewer's local time beside it where they differ. */
  time = (at: number): string =>
    fairTime(at, this.current, Intl.DateTimeFormat().resolvedOptions().timeZone, translate(this.current, 'time.local'));

  set(locale: Locale): void {
    this.current = locale;
    localStorage.setItem(KEY, locale);
    if (this.accountId) localStorage.setItem(`${KEY}.${this.accountId}`, locale);
    document.documentElement.lang = locale;
  }
}

function initial(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  if (isLocale(saved)) return saved;
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export const locale = new LocaleState();
