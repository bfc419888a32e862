import { fileURLToPath } from 'node:url';

/** Everything the server can be told from outside; `main.ts` reads it from the environment. */
export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  appDir: string;
  tokenTtlSeconds: number;
  /** Larger WebSocket messages close the connection (ws `maxPayload`). */
  maxMessageBytes: number;
  /** Token bucket per connection: this many messages at once, refilled at `messagesPerSecond`. */
  messagesBurst: number;
  messagesPerSecond: number;
  /** A doc with more stored update rows than this is compacted in the background. */
  compactAfterRows: number;
  compactDelayMs: number;
  /** A doc without connections leaves memory this long after its last one closed. */
  docUnloadMs: number;
  /** Create the demo company on first start with an empty data dir. */
  demo: boolean;
  /** FAIR_DEADLINE: after it the allocation settings are read-only; null = 30 days after the data dir was made. */
  fairDeadline: number | null;
  /** AGENT_RANDOM_SEED: allocation draws repeat (tests); null = crypto random. */
  randomSeed: number | null;
}

export const DEFAULT_OPTIONS: ServerOptions = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: './data',
  appDir: fileURLToPath(new URL('../../dist/app', import.meta.url)),
  tokenTtlSeconds: 7 * 24 * 3600,
  maxMessageBytes: 16 * 1024 * 1024,
  messagesBurst: 2000,
  messagesPerSecond: 1000,
  compactAfterRows: 200,
  compactDelayMs: 1000,
  docUnloadMs: 10_000,
  demo: true,
  fairDeadline: null,
  randomSeed: null,
};

export class ConfigError extends Error {}

type NumberKey = { [K in keyof ServerOptions]: ServerOptions[K] extends number ? K : never }[keyof ServerOptions];

const NUMBER_VARS: { env: string; key: NumberKey; min: number; max: number }[] = [
  { env: 'PORT', key: 'port', min: 0, max: 65535 },
  { env: 'TOKEN_TTL_SECONDS', key: 'tokenTtlSeconds', min: 1, max: 10 * 365 * 24 * 3600 },
  { env: 'MAX_MESSAGE_BYTES', key: 'maxMessageBytes', min: 1024, max: 512 * 1024 * 1024 },
  { env: 'MESSAGES_BURST', key: 'messagesBurst', min: 1, max: 1e9 },
  { env: 'MESSAGES_PER_SECOND', key: 'messagesPerSecond', min: 1, max: 1e9 },
  { env: 'COMPACT_AFTER_ROWS', key: 'compactAfterRows', min: 1, max: 1e9 },
  { env: 'COMPACT_DELAY_MS', key: 'compactDelayMs', min: 0, max: 3_600_000 },
  { env: 'DOC_UNLOAD_MS', key: 'docUnloadMs', min: 0, max: 86_400_000 },
];

/** Reads the options from environment variables; a bad value is a ConfigError naming the variable. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const options: ServerOptions = { ...DEFAULT_OPTIONS };
  for (const { env: name, key, min, max } of NUMBER_VARS) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw.trim());
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new ConfigError(`${name}="${raw}" is not valid: expected a whole number from ${min} to ${max}.`);
    }
    options[key] = value;
  }
  if (env.HOST?.trim()) options.host = env.HOST.trim();
  if (env.DATA_DIR?.trim()) options.dataDir = env.DATA_DIR.trim();
  if (env.APP_DIR?.trim()) options.appDir = env.APP_DIR.trim();
  const demo = env.DEMO?.trim().toLowerCase();
  if (demo !== undefined && demo !== '') {
    if (!['0', '1', 'true', 'false', 'on', 'off'].includes(demo)) {
      throw new ConfigError(`DEMO="${env.DEMO}" is not valid: expected on or off.`);
    }
    options.demo = ['1', 'true', 'on'].includes(demo);
  }
  const deadline = env.FAIR_DEADLINE?.trim();
  if (deadline) {
    const at = /^\d{4}-\d{2}-\d{2}T/.test(deadline) ? Date.parse(deadline) : NaN;
    if (!Number.isFinite(at)) throw new ConfigError(`FAIR_DEADLINE="${env.FAIR_DEADLINE}" is not valid: expected ISO 8601, e.g. 2027-04-15T23:59:59+08:00.`);
    options.fairDeadline = at;
  }
  const seed = env.AGENT_RANDOM_SEED?.trim();
  if (seed) {
    if (!/^\d{1,10}$/.test(seed)) throw new ConfigError(`AGENT_RANDOM_SEED="${env.AGENT_RANDOM_SEED}" is not valid: expected a whole number.`);
    options.randomSeed = Number(seed);
  }
  return options;
}
