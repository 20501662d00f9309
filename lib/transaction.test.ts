import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { execute, inTransaction, row } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { isUniqueViolation, refuser, transact } from './transaction';

type Result = { ok: true } | { ok: false; code: 'too_big' | 'taken' };
const refuse = refuser<'too_big' | 'taken'>();

let cleanup = async () => {};
beforeEach(async () => {
  cleanup = (await openTempDb()).cleanup;
});
afterEach(() => cleanup());

async function count(): Promise<number> {
  return (await row<{ n: number }>(sql`select count(*) as n from settings`))!.n;
}

async function valueOf(key: string): Promise<number | undefined> {
  return (await row<{ value: string }>(sql`select value from settings where key = ${key}`))
    ?.value as unknown as number | undefined;
}

function insert(key: string, value: number): Promise<Result> {
  return transact<Result>(
    async (tx) => {
      await execute(
        sql`insert into settings (key, value, updated_at) values (${key}, ${String(value)}, 0)`,
        tx,
      );
      if (value > 10) refuse('too_big');
      return { ok: true };
    },
    { onUniqueViolation: 'taken' },
  );
}

/** Lets every other pending callback run, as a real await on the network would. */
const yieldToOthers = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('transact', () => {
  it('rolls back and answers with the refusal thrown inside', async () => {
    const before = await count();
    expect(await insert('a', 99)).toEqual({ ok: false, code: 'too_big' });
    expect(await count()).toBe(before);
  });

  it('turns a unique-index violation into the named refusal, by error code', async () => {
    expect(await insert('b', 1)).toEqual({ ok: true });
    expect(await insert('b', 2)).toEqual({ ok: false, code: 'taken' });
  });

  it('throws anything else on', async () => {
    await expect(
      transact<Result>(async (tx) => {
        await execute(sql`insert into no_such_table values (1)`, tx);
        return { ok: true };
      }),
    ).rejects.toThrow();
  });

  it('recognises only unique and primary-key violations, on either engine', () => {
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ cause: { code: '23505' } })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_CHECK' })).toBe(false);
    expect(isUniqueViolation({ code: '23514' })).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: x'))).toBe(false);
  });
});

describe('inTransaction', () => {
  it('loses no update when many read-then-write transactions interleave at their awaits', async () => {
    await insert('counter', 0);
    await Promise.all(
      Array.from({ length: 20 }, () =>
        inTransaction(async (tx) => {
          const current = Number(
            (await row<{ value: string }>(
              sql`select value from settings where key = 'counter'`,
              tx,
            ))!.value,
          );
          await yieldToOthers();
          await execute(
            sql`update settings set value = ${String(current + 1)} where key = 'counter'`,
            tx,
          );
        }),
      ),
    );
    expect(Number(await valueOf('counter'))).toBe(20);
  });

  it('shows other requests only committed data while a transaction waits', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = inTransaction(async (tx) => {
      await execute(
        sql`insert into settings (key, value, updated_at) values ('draft', '1', 0)`,
        tx,
      );
      await held;
      throw new Error('changed my mind');
    });
    await yieldToOthers();
    expect(await valueOf('draft')).toBeUndefined();
    release();
    await expect(writing).rejects.toThrow('changed my mind');
    expect(await valueOf('draft')).toBeUndefined();
  });

  it('rolls back only the inner part when a nested transaction fails and is caught', async () => {
    await inTransaction(async () => {
      await insert('outer', 1);
      await inTransaction(async (tx) => {
        await execute(
          sql`insert into settings (key, value, updated_at) values ('inner', '2', 0)`,
          tx,
        );
        throw new Error('inner fails');
      }).catch(() => {});
    });
    expect(await valueOf('outer')).toBe('1');
    expect(await valueOf('inner')).toBeUndefined();
  });
});
