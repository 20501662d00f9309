import { sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import { seed } from '@/db/seed';
import { wibDate } from '@/lib/dates';
import { now } from '@/lib/clock';
import { openTempDb } from './temp-db';

/** A temporary database with the full seed (hashing stubbed: these tests never log in). */
export async function openSeededDb() {
  const tmp = await openTempDb();
  await seed({
    today: wibDate(now()),
    hashPassword: async () => 'test-hash',
    generatePassword: () => 'unused-password',
  });
  return tmp;
}

/** Id of the seeded demo passenger. */
export async function demoUserId(): Promise<number> {
  return (await row<{ id: number }>(sql`select id from users where email = 'siti@contoh.id'`))!.id;
}

/** Adds a passenger with no login (for tests that need a second owner). */
export async function addPassenger(email: string): Promise<number> {
  const phone = `+62812${Math.floor(Math.random() * 1e8)
    .toString()
    .padStart(8, '0')}`;
  return inTransaction(async (tx) => {
    const added = await row<{ id: number }>(
      sql`insert into users (email, phone, full_name, nik, birth_date, password_hash, created_at)
     values (${email}, ${phone}, 'Tes Penumpang', '3273011708900001', '1990-08-17', 'x', 0) returning id`,
      tx,
    );
    return added!.id;
  });
}

/** The trip id of a train number on a date offset from today (WIB). */
export async function tripOf(trainNumber: string, daysAhead = 1): Promise<number> {
  const date = new Date(Date.parse(`${wibDate(now())}T00:00:00Z`) + daysAhead * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return (await row<{ id: number }>(
    sql`select tr.id from trips tr join trains t on t.id = tr.train_id where t.number = ${trainNumber} and tr.service_date = ${date}`,
  ))!.id;
}

/** The id of a train's coach by its code (EKS-1, LUX-1, ...). */
export async function coachId(trainNumber: string, code: string): Promise<number> {
  return (await row<{ id: number }>(
    sql`select c.id from train_coaches c join trains t on t.id = c.train_id where t.number = ${trainNumber} and c.code = ${code}`,
  ))!.id;
}
