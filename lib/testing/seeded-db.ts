import { getDb } from '@/db';
import { seed } from '@/db/seed';
import { wibDate } from '@/lib/dates';
import { now } from '@/lib/clock';
import { openTempDb } from './temp-db';

/** A temporary database with the full seed (hashing stubbed: these tests never log in). */
export async function openSeededDb() {
  const tmp = openTempDb();
  await seed(getDb(), {
    today: wibDate(now()),
    hashPassword: async () => 'test-hash',
    generatePassword: () => 'unused-password',
  });
  return tmp;
}

/** Id of the seeded demo passenger. */
export function demoUserId(): number {
  return (
    getDb().$client.prepare("select id from users where email = 'siti@contoh.id'").get() as {
      id: number;
    }
  ).id;
}

/** Adds a passenger with no login (for tests that need a second owner). */
export function addPassenger(email: string): number {
  const row = getDb()
    .$client.prepare(
      `insert into users (email, phone, full_name, nik, birth_date, password_hash, created_at)
     values (?, ?, 'Tes Penumpang', '3273011708900001', '1990-08-17', 'x', 0) returning id`,
    )
    .get(
      email,
      `+62812${Math.floor(Math.random() * 1e8)
        .toString()
        .padStart(8, '0')}`,
    ) as { id: number };
  return row.id;
}

/** The trip id of a train number on a date offset from today (WIB). */
export function tripOf(trainNumber: string, daysAhead = 1): number {
  const date = new Date(Date.parse(`${wibDate(now())}T00:00:00Z`) + daysAhead * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return (
    getDb()
      .$client.prepare(
        'select tr.id from trips tr join trains t on t.id = tr.train_id where t.number = ? and tr.service_date = ?',
      )
      .get(trainNumber, date) as { id: number }
  ).id;
}

/** The id of a train's coach by its code (EKS-1, LUX-1, ...). */
export function coachId(trainNumber: string, code: string): number {
  return (
    getDb()
      .$client.prepare(
        'select c.id from train_coaches c join trains t on t.id = c.train_id where t.number = ? and c.code = ?',
      )
      .get(trainNumber, code) as { id: number }
  ).id;
}
