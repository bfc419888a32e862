import { endSession, KEY, readSession, WAKE } from '../lib/storage.ts';
import { Controller } from './controller.ts';
import { onKeepAlive, startKeepAlive, stopKeepAlive } from './keep-alive.ts';
import { wipeLocalCopies } from './local-copy.ts';

const local = chrome.storage.local;

const controller = new Controller({
  readSession,
  endSession,
  writeSummary: (summary) => local.set({ [KEY.summary]: summary }),
  removeSummary: () => local.remove(KEY.summary),
  readOwner: async () => {
    const got = await local.get(KEY.localOwner);
    const owner = got[KEY.localOwner];
    return typeof owner === 'string' ? owner : null;
  },
  writeOwner: (owner) => (owner === null ? local.remove(KEY.localOwner) : local.set({ [KEY.localOwner]: owner })),
  wipeLocalCopies,
  keepAlive: (on) => (on ? startKeepAlive() : stopKeepAlive()),
});

// Listeners are registered at the top level so that an event that wakes the worker finds them.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && KEY.session in changes) void controller.reconcile();
});
onKeepAlive(() => void controller.reconcile());
// The popup says hello when it opens: the moment someone wants fresh data.
chrome.runtime.onMessage.addListener((message: unknown) => {
  if (typeof message === 'object' && message !== null && 'type' in message && message.type === WAKE) void controller.reconcile();
});

// Every start of the worker (install, browser start, wake after being stopped) re-opens the docs.
void controller.reconcile();
