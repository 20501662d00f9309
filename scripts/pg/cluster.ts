/**
 * A throwaway PostgreSQL cluster for tests and the bench: initdb in a temporary directory, owned by
 * an unprivileged user (PostgreSQL refuses to run as root), on a free port, trust auth on localhost
 * only. Nothing outside the temporary directory is touched, and stop() removes it.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export type Cluster = { adminUrl: string; stop: () => void };

/** The directory holding initdb/pg_ctl, or undefined when PostgreSQL is not installed. */
export function postgresBinDir(): string | undefined {
  const candidates = [process.env.PG_BIN_DIR];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config on PATH: look where Debian puts the server
  }
  const debian = '/usr/lib/postgresql';
  if (fs.existsSync(debian)) {
    for (const version of fs.readdirSync(debian).sort().reverse()) {
      candidates.push(path.join(debian, version, 'bin'));
    }
  }
  return candidates.find((dir) => !!dir && fs.existsSync(path.join(dir, 'initdb')));
}

export const HOW_TO_GET_POSTGRES =
  'PostgreSQL is not installed: `apt-get install -y postgresql` (Debian), or set PG_BIN_DIR to a directory with initdb and pg_ctl, or PG_TEST_ADMIN_URL to a server you may create databases on.';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster. `durable: false` (tests) turns fsync off: a test database need not survive a
 * power cut, and it makes creating a database per test cheap. The bench keeps PostgreSQL's defaults.
 */
export async function startCluster(options: { durable?: boolean } = {}): Promise<Cluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(HOW_TO_GET_POSTGRES);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-pg-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asOwner = ownerCommand();
  asOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--locale=C',
    '--encoding=UTF8',
    '--no-sync',
  ]);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=400',
    '-c shared_buffers=256MB',
    ...(options.durable
      ? []
      : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ];
  asOwner(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-o',
    settings.join(' '),
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    'start',
  ]);
  let stopped = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs a PostgreSQL binary as the current user, or as `postgres` (or `nobody`) when we are root. */
function ownerCommand(): (file: string, args: string[]) => void {
  if (process.getuid?.() !== 0) {
    return (file, args) => execFileSync(file, args, { stdio: 'pipe' });
  }
  const user = userExists('postgres') ? 'postgres' : 'nobody';
  return (file, args) =>
    execFileSync('runuser', ['-u', user, '--', file, ...args], { stdio: 'pipe' });
}

function userExists(name: string): boolean {
  try {
    execFileSync('id', [name], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}
