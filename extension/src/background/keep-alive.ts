/**
 * MV3 stops an idle service worker (an open socket with traffic keeps it alive, a server that
 * is down does not). A one-minute alarm wakes it again, and each wake re-opens the docs and
 * retries the sync; the same alarm channel will carry meeting reminders (R7.3).
 */
export const KEEP_ALIVE_ALARM = 'fairdesk-keep-alive';

export async function startKeepAlive(): Promise<void> {
  if (await chrome.alarms.get(KEEP_ALIVE_ALARM)) return;
  await chrome.alarms.create(KEEP_ALIVE_ALARM, { periodInMinutes: 1 });
}

export async function stopKeepAlive(): Promise<void> {
  await chrome.alarms.clear(KEEP_ALIVE_ALARM);
}

/** Call at the top level of the worker, so a wake by the alarm finds the listener. */
export function onKeepAlive(run: () => void): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === KEEP_ALIVE_ALARM) run();
  });
}
