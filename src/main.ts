import { startGateway, type Gateway } from './app.js';
import { ConfigError, loadConfig } from './config/index.js';
import { EmbeddedPostgresError } from './persistence/embedded-postgres.js';
import { logOutput } from './observability/log-output.js';
import { createLogger } from './shared/logger.js';
import { activeTraceFields } from './observability/spans.js';

/**
 * Process entry (`npm start`): config → gateway → listen; SIGTERM/SIGINT drain and exit 0.
 * Progress lines and log records share one stream (log-output.ts): readable on a terminal or in development, JSON
 * lines otherwise. Progress is logged at info whatever LOG_LEVEL says, so a quiet log still shows the banner.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const output = logOutput(config.logFormat);
  // Every record made inside a span carries its traceId and spanId (nothing is added while tracing is off).
  const logger = createLogger({ level: config.logLevel, name: 'gateway', destination: output.stream, mixin: activeTraceFields });
  const banner = logger.child({}, { level: 'info' });
  const say = (line: string) => banner.info(line);
  say(`config: port ${config.http.port}, data dir ${config.dataDir}, ${config.database.kind} database, log level ${config.logLevel}`);
  for (const warning of config.warnings) logger.warn(`WARNING: ${warning}`);

  const gateway: Gateway = await startGateway(config, { logger, progress: say });

  if (gateway.generatedAdminKey) {
    // Shown once: only its hash is stored. Written beside the records, never through the logger (whose records
    // are redacted and may be shipped elsewhere).
    say('A platform admin API key was generated (shown only this once; store it now):');
    output.showSecret('gateway', 'generated platform admin API key', gateway.generatedAdminKey.reveal());
    say('Use it as:  Authorization: Bearer <key>');
  }
  if (gateway.devSandbox) {
    say(`AMS sandbox: ${gateway.devSandbox.sandbox.url} (consent pages, control API under /__sandbox/)`);
    say(`Demo merchant ${gateway.devSandbox.merchantId} API key (development only):`);
    output.showSecret('gateway', 'demo merchant API key', gateway.devSandbox.merchantApiKey.reveal());
  }
  say(`GraphQL IDE: ${gateway.url}/graphiql`);
  say(`web console: ${gateway.url}/console (log in with an API key)`);
  say(`ready: ${gateway.url}/graphql (websocket ${gateway.url.replace(/^http/, 'ws')}/graphql)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: draining`);
    gateway.close().then(
      () => {
        say('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

function explain(error: unknown): string {
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EADDRINUSE') return `${(error as Error).message}: the HTTP port is taken; set PORT to a free port`;
  if (code === 'ECONNREFUSED') return `${(error as Error).message}: is the database at DATABASE_URL running?`;
  return String((error as Error)?.stack ?? error);
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway: failed to start: ${explain(error)}\n`);
  process.exit(1);
});
