import { sql } from 'drizzle-orm';
import { engine, execute, inTransaction } from '@/db';

/**
 * Makes the database refuse every new outbox row (a trigger), so a test can show that work
 * written in the same transaction as a message does not commit without it.
 */
export async function refuseOutboxWrites(): Promise<void> {
  await inTransaction(async (tx) => {
    if (engine() === 'pg') {
      await execute(
        sql.raw(
          `create function outbox_down() returns trigger language plpgsql as $$ begin raise exception 'outbox down'; end $$`,
        ),
        tx,
      );
      await execute(
        sql`create trigger outbox_down before insert on notifications for each row execute function outbox_down()`,
        tx,
      );
    } else {
      await execute(
        sql`create trigger outbox_down before insert on notifications begin select raise(abort, 'outbox down'); end`,
        tx,
      );
    }
  });
}

/** Undoes refuseOutboxWrites. */
export async function allowOutboxWrites(): Promise<void> {
  await inTransaction(async (tx) => {
    await execute(
      engine() === 'pg'
        ? sql`drop trigger outbox_down on notifications`
        : sql`drop trigger outbox_down`,
      tx,
    );
  });
}

/** Whether an error is the refusal refuseOutboxWrites causes (Drizzle wraps the driver's error on PostgreSQL). */
export function isOutboxDown(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if (/outbox down/.test(e.message)) return true;
  return false;
}
