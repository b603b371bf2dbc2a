import { pino, type Logger, type LoggerOptions } from 'pino';

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

export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  const config: LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (options.name !== undefined) config.name = options.name;
  return pino(config);
}

/** A logger that drops everything: the default for library code when the caller gives none. */
export const silentLogger: Logger = pino({ level: 'silent' });
