import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './notify-env.js';

export const PGBOUNCER_BIN = '/usr/sbin/pgbouncer';

export interface RunningPgBouncer {
  /** `postgres://…@127.0.0.1:<port>/<database>` through the pooler. */
  urlFor(database: string): string;
  /** The admin console's SHOW <what> (STATS, POOLS, CONFIG…), rows as objects. */
  show(what: string): Promise<Array<Record<string, string>>>;
  stop(): Promise<void>;
}

function postgresUid(): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * Debian's PgBouncer (1.18) in transaction pooling mode in front of `serverUrl`, every database name passed through
 * (`*`). PgBouncer refuses to run as root, so as root it runs as the `postgres` OS user (the embedded Postgres
 * created it). Clients are trusted; PgBouncer logs in to Postgres with the server URL's credentials.
 */
export async function startPgBouncer(serverUrl: string): Promise<RunningPgBouncer> {
  if (!existsSync(PGBOUNCER_BIN)) throw new Error(`${PGBOUNCER_BIN} is missing: apt-get install -y pgbouncer (.ci/run does)`);
  const server = new URL(serverUrl);
  const dir = join('/tmp', `agw-pgbouncer-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { mode: 0o755 });
  chmodSync(dir, 0o755);
  const port = await freePort();
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  writeFileSync(join(dir, 'users.txt'), `"${user}" ""\n`);
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port} user=${user} password=${password}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 1000',
      'default_pool_size = 30',
      `admin_users = ${user}`,
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      `pidfile = ${join(dir, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  const asRoot = userInfo().uid === 0;
  const owner = asRoot ? postgresUid() : undefined;
  if (asRoot && !owner) throw new Error('PgBouncer refuses to run as root and there is no postgres OS user to run it as');
  for (const file of ['', 'users.txt', 'pgbouncer.ini']) if (owner) chownSync(join(dir, file), owner.uid, owner.gid);
  const child: ChildProcess = spawn(PGBOUNCER_BIN, [join(dir, 'pgbouncer.ini')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const base = `postgres://${encodeURIComponent(user)}:x@127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    const probe = new pg.Client({ connectionString: `${base}/pgbouncer` });
    try {
      await probe.connect();
      await probe.end();
      break;
    } catch (error) {
      await probe.end().catch(() => undefined);
      const log = existsSync(join(dir, 'pgbouncer.log')) ? readFileSync(join(dir, 'pgbouncer.log'), 'utf8') : '';
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`PgBouncer did not start: ${String(error)}\n${output}\n${log}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    urlFor: (database) => `${base}/${database}`,
    async show(what) {
      const admin = new pg.Client({ connectionString: `${base}/pgbouncer` });
      await admin.connect();
      try {
        const result = await admin.query(`SHOW ${what}`);
        return result.rows as Array<Record<string, string>>;
      } finally {
        await admin.end();
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
