import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createLogger } from '../shared/logger.js';
import { startSandbox } from './index.js';

/**
 * `npm run sandbox -- --port 8080`: a standalone AMS sandbox. Its key pair lives in SANDBOX_DATA_DIR (default
 * .data/sandbox), created on first start, so merchants configured with its public key keep working after a restart.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'public-url': { type: 'string' },
      'notification-time-scale': { type: 'string' },
      'no-retry': { type: 'boolean' },
      'async-delay-ms': { type: 'string' },
      'fault-seed': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
    },
  });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const tlsCert = values['tls-cert'] ?? process.env.SANDBOX_TLS_CERT;
  const tlsKey = values['tls-key'] ?? process.env.SANDBOX_TLS_KEY;
  if ((tlsCert === undefined) !== (tlsKey === undefined)) throw new Error('--tls-cert and --tls-key go together');
  const logger = createLogger({ name: 'sandbox' });
  const sandbox = await startSandbox({
    port: number(values.port ?? process.env.SANDBOX_PORT) ?? 0,
    host: values.host ?? process.env.SANDBOX_HOST ?? '127.0.0.1',
    dataDir: values['data-dir'] ?? process.env.SANDBOX_DATA_DIR ?? '.data/sandbox',
    ...(values['public-url'] === undefined ? {} : { publicUrl: values['public-url'] }),
    notificationTimeScale: number(values['notification-time-scale']) ?? 1,
    notificationRetries: values['no-retry'] ? 'never' : 'schedule',
    ...(values['async-delay-ms'] === undefined ? {} : { asyncDelayMs: Number(values['async-delay-ms']) }),
    ...(values['fault-seed'] === undefined ? {} : { faultSeed: Number(values['fault-seed']) }),
    ...(tlsCert === undefined || tlsKey === undefined
      ? {}
      : { tls: { cert: readFileSync(tlsCert), key: readFileSync(tlsKey) } }),
    logger,
  });
  process.stdout.write(`AMS sandbox listening on ${sandbox.url}\nAlipay public key: ${sandbox.alipayPublicKey}\n`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
