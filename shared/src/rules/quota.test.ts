import { describe, expect, it } from 'vitest';
import { decideRecommend, recommendQuota, remaining, type QuotaState } from './quota.ts';
import type { SectionId } from '../model/ids.ts';

const sections = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}` as SectionId, nameZh: '', nameEn: '' }));

/** A small seeded PRNG so randomized tests repeat exactly. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('recommendation quota (R1.5)', () => {
  it.each([
    [false, false, 1, 30],
    [false, false, 3, 90],
    [true, false, 1, 50],
    [false, true, 2, 100],
    [true, true, 2, 100],
    [true, true, 0, 0],
  ])('vip=%s brand=%s with %i sections gives %i', (vip, brand, n, total) => {
    expect(recommendQuota({ vip, brand, sections: sections(n) })).toBe(total);
  });

  it('never reports a negative remainder', () => {
    expect(remaining({ total: 30, spent: 28 })).toBe(2);
    expect(remaining({ total: 30, spent: 31 })).toBe(0);
  });
});

describe('deciding a recommendation (R1.6)', () => {
  it('accepts a listed exhibit while quota remains', () => {
    expect(decideRecommend({ total: 30, spent: 29 }, { status: 'listed' })).toEqual({ accepted: true });
  });

  it('refuses at zero with 推荐次数已达上限', () => {
    expect(decideRecommend({ total: 30, spent: 30 }, { status: 'listed' })).toEqual({ accepted: false, reason: 'error.quotaExhausted' });
  });

  it('refuses exhibits that are not listed, or not in the catalogue', () => {
    expect(decideRecommend({ total: 30, spent: 0 }, { status: 'unlisted' })).toEqual({ accepted: false, reason: 'recommend.notListed' });
    expect(decideRecommend({ total: 30, spent: 0 }, { status: 'banned' })).toEqual({ accepted: false, reason: 'recommend.notListed' });
    expect(decideRecommend({ total: 30, spent: 0 }, null)).toEqual({ accepted: false, reason: 'error.notFound' });
  });

  it('never spends more than the quota however concurrent requests interleave', () => {
    const random = prng(42);
    for (let round = 0; round < 200; round++) {
      const total = Math.floor(random() * 10);
      const q: QuotaState = { total, spent: 0 };
      // Requests from several devices, made offline, arrive in a random order.
      const requests = Array.from({ length: Math.floor(random() * 25) }, () => ({ status: random() < 0.8 ? 'listed' : 'unlisted' }) as const);
      requests.sort(() => random() - 0.5);
      let accepted = 0;
      for (const exhibit of requests) {
        const d = decideRecommend(q, exhibit);
        if (d.accepted) {
          q.spent++;
          accepted++;
        }
      }
      const listed = requests.filter((r) => r.status === 'listed').length;
      expect(accepted).toBe(Math.min(total, listed));
      expect(q.spent).toBeLessThanOrEqual(total);
    }
  });
});
