/** Registers the shell's service worker; the app still works where there is none (tests, dev). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
    console.warn('Fairdesk: offline support unavailable', error);
  });
}
