import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { logOutput, type LogFormat } from './log-output.js';

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
  /** `pretty` (pino-pretty) or `json`; unset: pretty on a terminal or in development, JSON otherwise. */
  format?: LogFormat;
  /** Where records go (tests); default: stdout, written synchronously so that lines never interleave. */
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
  return pino(config, options.destination ?? logOutput(options.format).stream);
}

/** A logger that drops everything: the default for library code when the caller gives none. */
export const silentLogger: Logger = pino({ level: 'silent' });
