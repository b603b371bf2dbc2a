import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Paths that may carry secrets anywhere in a log record. pino redacts them before serialisation, so a careless
 * `log.info({ request })` still never prints a key or token.
 */
export const REDACTED_PATHS = [
  'privateKey',
  '*.privateKey',
  'merchantPrivateKey',
  '*.merchantPrivateKey',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'authCode',
  '*.authCode',
  'apiKey',
  '*.apiKey',
  'masterKey',
  '*.masterKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'signature',
  '*.signature',
];

export type { Logger };

export interface LoggerSettings {
  level?: string;
  name?: string;
  /** Where records go; default: pino's stdout JSON (main.ts passes the process's chosen output, log-output.ts). */
  destination?: DestinationStream;
  /** Adds fields to every record (the trace id when tracing is on). */
  mixin?: () => Record<string, unknown>;
}

export function createLogger(options: LoggerSettings = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (options.name !== undefined) config.name = options.name;
  if (options.mixin) config.mixin = options.mixin;
  return options.destination ? pino(config, options.destination) : pino(config);
}

/** A logger that drops everything: the default for library code when the caller gives none. */
export const silentLogger: Logger = pino({ level: 'silent' });
