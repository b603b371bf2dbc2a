/**
 * Master-key rotation, the re-wrap step: re-seals every stored secret under MASTER_KEY (older keys in
 * MASTER_KEYS_PREVIOUS must still be set), printing progress per batch. Safe to interrupt and run again; safe while
 * gateways run. Same database as the app (DATABASE_URL, or the embedded one in DATA_DIR).
 *   npm run rewrap-secrets [-- --batch-size 500]
 * Exit code 0 when nothing is left under an older key, 3 when some value could not be re-wrapped (its key is not
 * configured).
 */
import { loadConfig } from '../src/config/index.js';
import { rewrapSecrets } from '../src/modules/key-rotation/rewrap-secrets.js';
import { connectDatabase } from '../src/persistence/connect.js';
import { Encryptor } from '../src/persistence/encryption.js';
import { SqlPool } from '../src/persistence/sql-pool.js';
import { createLogger } from '../src/shared/logger.js';

const flag = process.argv.indexOf('--batch-size');
const batchSize = flag >= 0 ? Number(process.argv[flag + 1]) : 200;
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
  console.error('--batch-size: expected a whole number 1..5000');
  process.exit(2);
}
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, name: 'rewrap' });
const database = await connectDatabase(config.database, logger);
const sql = new SqlPool({ url: database.url, max: 1, applicationName: 'agw-rewrap', namedStatements: database.namedStatements });
try {
  const encryptor = new Encryptor(config.masterKeys.reveal());
  console.log(`re-wrapping stored secrets under master key ${encryptor.activeKeyId}`);
  const progress = await rewrapSecrets(sql, encryptor, {
    batchSize,
    onBatch: ({ table, column, rewrapped }) => console.log(`${table}.${column}: ${rewrapped} re-wrapped`),
  });
  for (const c of progress.columns) console.log(`${c.table}.${c.column}: ${c.current} under the active key, ${c.outdated} under an older key`);
  console.log(`done: ${progress.rewrapped} re-wrapped, ${progress.remaining} remaining`);
  if (progress.remaining > 0) process.exitCode = 3;
} finally {
  await sql.close();
  await database.stop();
}
