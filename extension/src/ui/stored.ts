import { createSubscriber } from 'svelte/reactivity';

/**
 * One key of `chrome.storage.local` as a reactive value: read `current` in a component and it
 * follows every change made by any page or the background (chrome.storage.onChanged).
 * `loaded` is false until the first read came back, so a page does not flash "signed out".
 */
export class Stored<T> {
  #value: T;
  #loaded = false;
  #version = 0;
  readonly #subscribe: () => void;

  constructor(key: string, parse: (raw: unknown) => T) {
    this.#value = parse(undefined);
    this.#subscribe = createSubscriber((update) => {
      const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string): void => {
        if (area !== 'local' || !(key in changes)) return;
        this.#version++;
        this.#value = parse(changes[key].newValue);
        this.#loaded = true;
        update();
      };
      chrome.storage.onChanged.addListener(onChanged);
      const version = this.#version;
      void chrome.storage.local.get(key).then((got) => {
        // A change seen while reading is newer than what the read returns.
        if (version === this.#version) this.#value = parse(got[key]);
        this.#loaded = true;
        update();
      });
      return () => chrome.storage.onChanged.removeListener(onChanged);
    });
  }

  get current(): T {
    this.#subscribe();
    return this.#value;
  }

  get loaded(): boolean {
    this.#subscribe();
    return this.#loaded;
  }
}
