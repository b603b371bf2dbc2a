import { pino, type DestinationStream } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type LogFormat = 'pretty' | 'json';

/**
 * The process's one output stream for log records and the start banner: pino-pretty for people (a terminal, or
 * development), JSON lines for collectors. Both write to stdout synchronously, so a banner line written with
 * `writeLine` never lands inside a record.
 */
export interface LogOutput {
  readonly format: LogFormat;
  readonly stream: DestinationStream;
  /**
   * A secret shown once (a generated API key), outside the logger whose records are redacted and may be shipped
   * elsewhere: an indented line of its own when pretty, a JSON record `{msg: label, secret}` otherwise.
   */
  showSecret(name: string, label: string, secret: string): void;
}

/** Pretty on a terminal or when NODE_ENV=development, JSON otherwise (LOG_FORMAT decides when set). */
export function defaultLogFormat(env: { NODE_ENV?: string | undefined; isTty: boolean }): LogFormat {
  return env.isTty || env.NODE_ENV === 'development' ? 'pretty' : 'json';
}

const outputs = new Map<LogFormat, LogOutput>();

export function logOutput(format?: LogFormat): LogOutput {
  const chosen = format ?? defaultLogFormat({ NODE_ENV: process.env.NODE_ENV, isTty: process.stdout.isTTY === true });
  let output = outputs.get(chosen);
  if (!output) {
    output = chosen === 'pretty' ? prettyOutput() : jsonOutput();
    outputs.set(chosen, output);
  }
  return output;
}

function jsonOutput(): LogOutput {
  const stream = pino.destination({ fd: 1, sync: true });
  return {
    format: 'json',
    stream,
    showSecret(name, label, secret) {
      stream.write(`${JSON.stringify({ level: 30, time: Date.now(), name, msg: label, secret })}\n`);
    },
  };
}

function prettyOutput(): LogOutput {
  const destination = pino.destination({ fd: 1, sync: true });
  // prettyFactory formats in the caller's turn (the transform stream would not), keeping records and banner lines
  // in the order they were written.
  const prettify = prettyFactory({
    colorize: process.stdout.isTTY === true,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname,name',
    // "gateway: ready: …" reads like the progress lines people grep for; the level stays in front.
    messageFormat: (record, messageKey) => `${record.name ? `${String(record.name)}: ` : ''}${String(record[messageKey] ?? '')}`,
  });
  return {
    format: 'pretty',
    stream: { write: (line: string) => destination.write(prettify(line)) },
    showSecret(name, _label, secret) {
      destination.write(`${name}:     ${secret}\n`);
    },
  };
}
