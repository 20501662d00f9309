/**
 * Gets the database ready before the server starts: applies migrations, seeds the network and demo
 * accounts when missing, adds trips for new days, and prints how to log in.
 */
import crypto from 'node:crypto';
import { env } from '../lib/env';
import { openDb } from '../db/open';
import { seed } from '../db/seed';
import { DEMO_ACCOUNTS } from '../db/seed/accounts';
import { hashPassword } from '../lib/auth/password';
import { wibDate } from '../lib/dates';

export async function prepareDatabase(): Promise<void> {
  const config = env();
  const db = openDb(config.DATABASE_PATH);
  const report = await seed(db, {
    today: wibDate(Date.now()),
    hashPassword,
    adminPassword: config.ADMIN_PASSWORD,
    generatePassword: () => crypto.randomBytes(12).toString('base64url'),
  });
  db.$client.close();
  const demo = DEMO_ACCOUNTS.find((a) => a.role === 'passenger')!;
  const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!;
  const petugas = DEMO_ACCOUNTS.find((a) => a.role === 'petugas')!;
  const lines = [
    `Database ready at ${config.DATABASE_PATH} (${report.tripsAdded} trips added).`,
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

if (import.meta.url === `file://${process.argv[1]}`) {
  prepareDatabase().catch((error: unknown) => {
    process.stderr.write(
      `Could not prepare the database: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
