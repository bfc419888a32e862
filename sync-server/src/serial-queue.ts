import type { MaybePromise } from './doc-storage.ts';

/**
 * Runs tasks strictly in order. A task that answers synchronously while nothing is pending runs
 * inline, so with SQLite persisting and broadcasting cost no extra ticks; as soon as one task
 * returns a promise, later tasks wait for it.
 */
export class SerialQueue {
  private tail: Promise<void> | null = null;
  private pending = 0;

  constructor(private readonly onError: (error: unknown) => void) {}

  run(task: () => MaybePromise<void>): void {
    if (this.pending === 0) {
      let result: MaybePromise<void>;
      try {
        result = task();
      } catch (error) {
        this.onError(error);
        return;
      }
      if (result instanceof Promise) this.track(result);
      return;
    }
    const previous = this.tail ?? Promise.resolve();
    this.track(previous.then(task));
  }

  /** Resolves when every task queued so far has finished. */
  idle(): Promise<void> {
    return this.tail ?? Promise.resolve();
  }

  private track(promise: Promise<void>): void {
    this.pending++;
    const settled = promise.catch(this.onError).finally(() => {
      this.pending--;
      if (this.pending === 0) this.tail = null;
    });
    this.tail = settled;
  }
}
