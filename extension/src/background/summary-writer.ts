import type { Summary } from '../lib/summary.ts';

/**
 * Writes the summary after doc updates, coalescing a burst (the first sync of a catalogue is
 * many updates) into one write, and skipping writes that would change only `updatedAt`.
 */
export class SummaryWriter {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #last = '';
  readonly #compute: () => Summary | null;
  readonly #write: (s: Summary) => Promise<void>;
  readonly #delayMs: number;

  constructor(compute: () => Summary | null, write: (s: Summary) => Promise<void>, delayMs = 30) {
    this.#compute = compute;
    this.#write = write;
    this.#delayMs = delayMs;
  }

  schedule(): void {
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.#delayMs);
  }

  async flush(): Promise<void> {
    const summary = this.#compute();
    if (!summary) return;
    const key = JSON.stringify({ ...summary, updatedAt: 0 });
    if (key === this.#last) return;
    this.#last = key;
    await this.#write(summary);
  }

  /** Drops a scheduled write and forgets the last one, so the next session writes afresh. */
  reset(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#last = '';
  }
}
