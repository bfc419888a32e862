import { describe, expect, it } from 'vitest';
import type { Summary } from '../lib/summary.ts';
import { SummaryWriter } from './summary-writer.ts';

const base: Summary = {
  accountId: 'a',
  accountName: 'A',
  role: 'main',
  companyName: '',
  companyNameEn: '',
  sync: 'connecting',
  listedCount: null,
  updatedAt: 0,
};

describe('SummaryWriter', () => {
  it('writes a changed summary and skips one that differs only in updatedAt', async () => {
    let next: Summary | null = base;
    const written: Summary[] = [];
    const writer = new SummaryWriter(() => next, async (s) => void written.push(s));
    await writer.flush();
    next = { ...base, updatedAt: 9 };
    await writer.flush();
    next = { ...base, sync: 'online', listedCount: 4, updatedAt: 10 };
    await writer.flush();
    next = null;
    await writer.flush();
    expect(written.map((s) => [s.sync, s.listedCount])).toEqual([
      ['connecting', null],
      ['online', 4],
    ]);
    writer.reset();
    next = { ...base, sync: 'online', listedCount: 4, updatedAt: 11 };
    await writer.flush();
    expect(written).toHaveLength(3);
  });

  it('coalesces scheduled writes into one', async () => {
    let computed = 0;
    let resolve = (): void => {};
    const written = new Promise<void>((r) => (resolve = r));
    const writer = new SummaryWriter(
      () => {
        computed++;
        return base;
      },
      async () => resolve(),
      1,
    );
    writer.schedule();
    writer.schedule();
    writer.schedule();
    await written;
    expect(computed).toBe(1);
  });
});
