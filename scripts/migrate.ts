/**
 * Migration workflow against the same database the app uses (DATABASE_URL, or the embedded one in DATA_DIR):
 *   npm run migrate -- pending | up | down | create <name>
 * `create` diffs the entities (src/persistence/entities.ts) against the database and writes migrations/<file>.ts;
 * then add it to MIGRATIONS in migrations/index.ts. Review generated SQL before committing.
 */
import { loadConfig } from '../src/config/index.js';
import { connectDatabase } from '../src/persistence/connect.js';
import { openOrm } from '../src/persistence/orm.js';
import { createLogger } from '../src/shared/logger.js';

const [command = 'pending', name] = process.argv.slice(2);
const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel, name: 'migrate' });
const db = await connectDatabase(config.database, logger);
const orm = await openOrm(db.url);
try {
  const migrator = orm.getMigrator();
  switch (command) {
    case 'pending':
      console.log((await migrator.getPendingMigrations()).map((m) => m.name).join('\n') || '(none pending)');
      break;
    case 'up':
      console.log((await migrator.up()).map((m) => `applied ${m.name}`).join('\n') || '(nothing to apply)');
      break;
    case 'down':
      console.log((await migrator.down()).map((m) => `reverted ${m.name}`).join('\n') || '(nothing to revert)');
      break;
    case 'create': {
      const result = await migrator.createMigration(undefined, false, false, name);
      console.log(result.fileName ? `wrote migrations/${result.fileName}; add it to migrations/index.ts` : 'no changes');
      if (result.diff.up.length) console.log(result.diff.up.join('\n'));
      break;
    }
    default:
      console.error(`unknown command "${command}"; expected pending | up | down | create <name>`);
      process.exitCode = 2;
  }
} finally {
  await orm.close();
  await db.stop();
}
