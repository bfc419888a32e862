import { describe, expect, it } from 'vitest';
import { combineSyncState, type LinkState } from './sync-state.ts';

const synced: LinkState = { synced: true, failures: 0, closed: false, dirty: false };
const firstTry: LinkState = { synced: false, failures: 0, closed: false, dirty: false };
const failing: LinkState = { synced: false, failures: 3, closed: false, dirty: false };
const refused: LinkState = { synced: false, failures: 1, closed: true, dirty: false };

describe('combineSyncState', () => {
  it('is online only when every doc is synced', () => {
    expect(combineSyncState([synced, synced])).toBe('online');
    expect(combineSyncState([synced, firstTry])).toBe('connecting');
    expect(combineSyncState([])).toBe('connecting');
  });

  it('is offline when a doc cannot reach the server or was refused', () => {
    expect(combineSyncState([synced, failing])).toBe('offline');
    expect(combineSyncState([synced, firstTry, refused])).toBe('offline');
  });

  it('puts changes waiting to be sent before everything else', () => {
    expect(combineSyncState([{ ...failing, dirty: true }, synced])).toBe('pending');
    expect(combineSyncState([{ ...firstTry, dirty: true }])).toBe('pending');
  });
});
