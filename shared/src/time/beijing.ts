import type { Locale } from '../i18n/index.ts';

/** The fair runs on Beijing time (GMT+8). */
export const FAIR_TIME_ZONE = 'Asia/Shanghai';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(key, f);
  }
  return f;
}

/** `2021-03-12 18:25:34` in Beijing time, the fair's own format. */
export function beijingDateTime(at: number): string {
  const parts = Object.fromEntries(
    format('en', FAIR_TIME_ZONE)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** Minutes a time zone is ahead of UTC at an instant. */
function offsetMinutes(at: number, timeZone: string): number {
  const p = Object.fromEntries(
    format('en', timeZone)
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60000);
}

/**
 * Beijing time, with the viewer's local time beside it where the two differ, e.g.
 * `2021-03-12 18:25:34 (本地时间 11:25)`.
 */
export function fairTime(at: number, locale: Locale, viewerTimeZone: string, localLabel: string): string {
  const beijing = beijingDateTime(at);
  if (offsetMinutes(at, viewerTimeZone) === offsetMinutes(at, FAIR_TIME_ZONE)) return beijing;
  const local = format(locale, viewerTimeZone).formatToParts(at);
  const get = (t: string) => local.find((p) => p.type === t)?.value ?? '';
  return `${beijing} (${localLabel} ${get('month')}-${get('day')} ${get('hour')}:${get('minute')})`;
}
