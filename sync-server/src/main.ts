import { ConfigError, optionsFromEnv } from './config.ts';
import { DEMO_PASSWORD } from './demo.ts';
import { log } from './log.ts';
import { startFairdeskServer } from './server.ts';

/** `tsx sync-server/src/main.ts`: configuration from the environment, clean stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let options;
  try {
    options = optionsFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Fairdesk cannot start: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const server = await startFairdeskServer(options);
  process.stdout.write(`Fairdesk is running at ${server.url}\n`);
  if (server.demo) {
    process.stdout.write(`Created the demo company. Logins (password "${DEMO_PASSWORD}" for all):\n`);
    for (const d of server.demo) process.stdout.write(`  ${d.login.padEnd(14)} ${d.role.padEnd(6)} ${d.name}\n`);
  } else if (server.accounts.byLogin('demo-main')) {
    process.stdout.write(`Demo logins (password "${DEMO_PASSWORD}"): demo-main, demo-sales-1, demo-sales-2, demo-buyer\n`);
  }
  process.stdout.write(
    'Chrome extension: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick dist/extension;\n' +
      `then set the server to ${server.url.replace(/\/$/, '')} on its options page.\n`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: closing`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('unclean shutdown', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

process.on('uncaughtException', (error) => log.error('uncaught exception (the server carries on)', error.stack ?? error));
process.on('unhandledRejection', (error) => log.error('unhandled rejection (the server carries on)', error));

main().catch((error: unknown) => {
  process.stderr.write(`Fairdesk cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
