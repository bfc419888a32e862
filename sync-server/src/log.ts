/** One line per event on stderr; stdout is kept for the lines people (and the test helper) read. */
function write(level: string, message: string, detail?: unknown): void {
  const extra = detail instanceof Error ? ` ${detail.message}` : detail === undefined ? '' : ` ${String(detail)}`;
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
}

export const log = {
  info: (message: string, detail?: unknown) => write('info', message, detail),
  warn: (message: string, detail?: unknown) => write('warn', message, detail),
  error: (message: string, detail?: unknown) => write('error', message, detail),
};
