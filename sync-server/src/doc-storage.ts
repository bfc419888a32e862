/** A value now (SQLite) or later (a networked database such as Postgres). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Where docs live between restarts. Everything stored is bytes the server itself encoded
 * (Yjs `update` events and merged states), never raw client bytes, so loading never decodes
 * anything a client crafted.
 *
 * A networked backend may answer with promises: the rooms run every write in order through a
 * SerialQueue, and send nothing to a client before the writes it depends on have finished.
 */
export interface DocStorage {
  /** All stored updates of a doc, oldest first (empty for a new doc). */
  loadDoc(name: string): MaybePromise<Uint8Array[]>;
  /** Appends one update; it must be durable when this returns (or resolves). */
  appendUpdate(name: string, update: Uint8Array): MaybePromise<void>;
  /** Replaces every stored update of the doc with one state that contains them all. */
  compact(name: string, mergedState: Uint8Array): MaybePromise<void>;
  close(): void;
}
