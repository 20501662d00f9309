/**
 * Gets the configured database ready before the server starts: applies pending migrations (SQLite
 * migrates when its file opens, PostgreSQL through ensureMigrated), seeds the network and demo
 * accounts when missing, adds trips for new days, and prints how to log in.
 */
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { env } from '../lib/env';
import { DEMO_ACCOUNTS } from '../db/seed/accounts';
import { hashPassword } from '../lib/auth/password';
import { wibDate } from '../lib/dates';

/**
 * The database layer imports 'server-only', which is an empty module only under Node's
 * `react-server` condition (as Next runs server code). Started without it (`tsx scripts/prepare.ts`,
 * `npm start`), the work runs in a child process that has it.
 */
export async function prepareDatabase(): Promise<void> {
  env(); // a configuration mistake is reported here, once
  if (import.meta.resolve('server-only').endsWith('/empty.js')) return prepareHere();
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', fileURLToPath(import.meta.url)],
      { stdio: 'inherit', env: process.env },
    );
    child.on('error', reject);
    child.on('exit', (code) => resolve(code));
  });
  if (status !== 0) throw new Error(`the preparation process failed (exit status ${status})`);
}

async function prepareHere(): Promise<void> {
  const config = env();
  const { closeDb, engine, ensureMigrated } = await import('../db');
  const { seed } = await import('../db/seed');
  let report;
  try {
    await ensureMigrated();
    report = await seed({
      today: wibDate(Date.now()),
      hashPassword,
      adminPassword: config.ADMIN_PASSWORD,
      generatePassword: () => crypto.randomBytes(12).toString('base64url'),
    });
  } finally {
    await closeDb();
  }
  const where =
    engine() === 'pg'
      ? `PostgreSQL ${withoutPassword(config.DATABASE_URL!)}`
      : `SQLite ${config.DATABASE_PATH}`;
  const demo = DEMO_ACCOUNTS.find((a) => a.role === 'passenger')!;
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  const petugas = DEMO_ACCOUNTS.find((a) => a.role === 'petugas')!;
  const lines = [
    `Database ready: ${where} (${report.tripsAdded} trips added).`,
    `Demo passenger: ${demo.email} / ${demo.password}`,
    report.adminPassword && !config.ADMIN_PASSWORD
      ? `Admin: ${admin.email} / ${report.adminPassword}   (generated now and shown only this once)`
      : `Admin: ${admin.email} (password from ADMIN_PASSWORD${report.adminCreated ? '' : ', or the one printed at first start'})`,
    report.petugasPassword
      ? `Gate staff (petugas): ${petugas.email} / ${report.petugasPassword}   (generated now and shown only this once)`
      : `Gate staff (petugas): ${petugas.email} (the password printed at first start)`,
  ];
  // Plain output on purpose: this is the one place a generated password is shown, once.
  process.stdout.write(lines.join('\n') + '\n');
}

/** The database URL as it may be printed: the password (and any password parameter) left out. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.searchParams.delete('password');
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  prepareDatabase().catch((error: unknown) => {
    process.stderr.write(
      `Could not prepare the database: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
