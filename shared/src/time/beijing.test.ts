import { describe, expect, it } from 'vitest';
import { FAIR_TIME_ZONE, beijingDateTime, fairTime } from './beijing.ts';

const at = (iso: string) => Date.parse(iso);

describe('beijingDateTime', () => {
  it.each([
    ['2021-03-12T10:25:34Z', '2021-03-12 18:25:34'],
    ['2021-03-12T07:55:16.229Z', '2021-03-12 15:55:16'], // milliseconds are not shown
    ['2021-03-12T15:59:59.999Z', '2021-03-12 23:59:59'],
    ['2021-03-12T16:00:00Z', '2021-03-13 00:00:00'], // Beijing midnight is 00, never 24
    ['2021-12-31T16:00:00Z', '2022-01-01 00:00:00'],
    ['2024-02-28T17:00:00Z', '2024-02-29 01:00:00'],
    ['2021-07-01T00:00:00Z', '2021-07-01 08:00:00'], // no daylight saving in Beijing
    ['2021-03-12T18:25:34+08:00', '2021-03-12 18:25:34'],
  ])('%s → %s', (iso, expected) => {
    expect(beijingDateTime(at(iso))).toBe(expected);
  });

  it('does not depend on the process time zone', () => {
    expect(FAIR_TIME_ZONE).toBe('Asia/Shanghai');
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'Europe/Berlin', 'UTC']) {
        process.env.TZ = tz;
        expect(beijingDateTime(0)).toBe('1970-01-01 08:00:00');
        expect(beijingDateTime(at('2021-03-12T20:00:00Z'))).toBe('2021-03-13 04:00:00');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('fairTime', () => {
  const t = at('2021-03-12T10:25:34Z'); // 18:25:34 in Beijing

  it.each(['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore'])(
    'a viewer in %s (same offset as Beijing) sees only Beijing time',
    (zone) => {
      expect(fairTime(t, 'zh-CN', zone, '本地时间')).toBe('2021-03-12 18:25:34');
      expect(fairTime(t, 'en', zone, 'local time')).toBe('2021-03-12 18:25:34');
    },
  );

  it.each([
    ['Europe/Berlin', 'en', 'local time', '2021-03-12 18:25:34 (local time 03-12 11:25)'],
    ['Europe/Berlin', 'zh-CN', '本地时间', '2021-03-12 18:25:34 (本地时间 03-12 11:25)'],
    ['America/New_York', 'en', 'local time', '2021-03-12 18:25:34 (local time 03-12 05:25)'],
    ['UTC', 'en', 'local time', '2021-03-12 18:25:34 (local time 03-12 10:25)'],
    ['Asia/Kolkata', 'en', 'local time', '2021-03-12 18:25:34 (local time 03-12 15:55)'],
    ['Asia/Tokyo', 'en', 'local time', '2021-03-12 18:25:34 (local time 03-12 19:25)'],
  ])('a viewer in %s (%s) also sees the local time', (zone, locale, label, expected) => {
    expect(fairTime(t, locale as 'en' | 'zh-CN', zone, label)).toBe(expected);
  });

  it('shows the local date when it differs from Beijing’s (across midnight)', () => {
    // 2021-03-13 04:00 in Beijing is still the evening of the 12th in Berlin and New York
    const late = at('2021-03-12T20:00:00Z');
    expect(fairTime(late, 'en', 'Europe/Berlin', 'local time')).toBe('2021-03-13 04:00:00 (local time 03-12 21:00)');
    expect(fairTime(late, 'en', 'America/New_York', 'local time')).toBe('2021-03-13 04:00:00 (local time 03-12 15:00)');
    // and the local midnight shows as 00:00
    expect(fairTime(at('2021-03-12T23:00:00Z'), 'en', 'Europe/Berlin', 'local time')).toBe(
      '2021-03-13 07:00:00 (local time 03-13 00:00)',
    );
  });

  it('follows the viewer’s daylight saving time', () => {
    const summer = at('2021-07-01T10:00:00Z');
    expect(fairTime(summer, 'en', 'Europe/Berlin', 'local time')).toBe('2021-07-01 18:00:00 (local time 07-01 12:00)');
    expect(fairTime(summer, 'en', 'America/New_York', 'local time')).toBe('2021-07-01 18:00:00 (local time 07-01 06:00)');
    // Berlin switches at 01:00 UTC on 2021-03-28
    expect(fairTime(at('2021-03-28T00:30:00Z'), 'en', 'Europe/Berlin', 'local time')).toMatch(/local time 03-28 01:30\)$/);
    expect(fairTime(at('2021-03-28T01:30:00Z'), 'en', 'Europe/Berlin', 'local time')).toMatch(/local time 03-28 03:30\)$/);
  });

  it('uses the label it is given', () => {
    expect(fairTime(t, 'en', 'UTC', 'your time')).toContain('(your time ');
  });
});
