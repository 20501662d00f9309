import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { openTempDb } from '@/lib/testing/temp-db';
import { isUniqueViolation, refuser, transact } from './transaction';

type Result = { ok: true } | { ok: false; code: 'too_big' | 'taken' };
const refuse = refuser<'too_big' | 'taken'>();

describe('transact', () => {
  let cleanup = () => {};
  beforeEach(() => {
    cleanup = openTempDb().cleanup;
  });
  afterEach(() => cleanup());

  function count(): number {
    return getDb().get<{ n: number }>(sql`select count(*) as n from settings`).n;
  }
  function insert(key: string, value: number): Result {
    return transact<Result>(
      (tx) => {
        tx.run(sql`insert into settings (key, value, updated_at) values (${key}, ${value}, 0)`);
        if (value > 10) refuse('too_big');
        return { ok: true };
      },
      { onUniqueViolation: 'taken' },
    );
  }

  it('rolls back and answers with the refusal thrown inside', () => {
    const before = count();
    expect(insert('a', 99)).toEqual({ ok: false, code: 'too_big' });
    expect(count()).toBe(before);
  });

  it('turns a unique-index violation into the named refusal, by error code', () => {
    expect(insert('b', 1)).toEqual({ ok: true });
    expect(insert('b', 2)).toEqual({ ok: false, code: 'taken' });
  });

  it('throws anything else on', () => {
    expect(() =>
      transact<Result>((tx) => {
        tx.run(sql`insert into no_such_table values (1)`);
        return { ok: true };
      }),
    ).toThrow();
  });

  it('recognises only unique and primary-key violations', () => {
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true);
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_CHECK' })).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: x'))).toBe(false);
  });
});
