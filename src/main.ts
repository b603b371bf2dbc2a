import { startGateway, type Gateway } from './app.js';
import { ConfigError, loadConfig } from './config/index.js';
import { EmbeddedPostgresError } from './persistence/embedded-postgres.js';
import { createLogger } from './shared/logger.js';

/**
 * Process entry (`npm start`): config → gateway → listen; SIGTERM/SIGINT drain and exit 0.
 * Progress goes to stdout as plain lines prefixed "gateway:"; structured logs are pino JSON.
 */
const say = (line: string) => process.stdout.write(`gateway: ${line}\n`);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  say(`config: port ${config.http.port}, data dir ${config.dataDir}, ${config.database.kind} database, log level ${config.logLevel}`);
  for (const warning of config.warnings) process.stderr.write(`\n!!! WARNING: ${warning}\n\n`);

  const logger = createLogger({ level: config.logLevel, name: 'gateway' });
  const gateway: Gateway = await startGateway(config, { logger, progress: say });

  if (gateway.generatedAdminKey) {
    // Shown once: only its hash is stored. Printed to the terminal, never through the logger.
    say('');
    say('A platform admin API key was generated (shown only this once; store it now):');
    say(`    ${gateway.generatedAdminKey.reveal()}`);
    say('Use it as:  Authorization: Bearer <key>');
    say('');
  }
  if (gateway.devSandbox) {
    say(`AMS sandbox: ${gateway.devSandbox.sandbox.url} (consent pages, control API under /__sandbox/)`);
    say(`Demo merchant ${gateway.devSandbox.merchantId} API key (development only):`);
    say(`    ${gateway.devSandbox.merchantApiKey.reveal()}`);
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
