import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';

/**
 * One real server (fresh data dir, random port) and one Chromium for a test file, started before
 * its tests and stopped after them. `use` receives both once they are up.
 */
export function useServerAndBrowser(use: (server: RunningServer, browser: Browser) => void, env?: Record<string, string>): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env ? { env } : undefined);
    browser = await launchChromium();
    use(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
