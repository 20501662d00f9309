import 'server-only';
import { getDb, type Db } from '@/db';

/** A Drizzle transaction on the database (better-sqlite3: synchronous, no await inside). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * A lib refusal thrown from deep inside a transaction, so the whole transaction rolls back;
 * `transact` turns it into the `{ ok: false, code }` result the caller returns.
 */
export class Refused<C extends string = string> extends Error {
  constructor(
    readonly code: C,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'Refused';
  }
}

/** A `refuse(code)` that only accepts the module's own refusal codes. */
export function refuser<C extends string>(): (code: C, detail?: Record<string, unknown>) => never {
  return (code, detail) => {
    throw new Refused(code, detail);
  };
}

/**
 * True when the database refused a write for a unique or primary-key index. Read from SQLite's
 * extended result code (never from the message text, which changes between versions).
 */
export function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error (as `cause`) in its own.
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  }
  return false;
}

type Refusal<T> = Extract<T, { ok: false; code: string }>;

/**
 * Runs `work` in one immediate transaction (the write lock is taken first, so a read inside
 * decides the write without another process slipping in between). A `Refused` thrown inside rolls
 * everything back and becomes `{ ok: false, code }`; so does a unique-index violation when the
 * caller names the refusal it means (`seat_taken`, `already_paid`); anything else is a bug and
 * is thrown on.
 */
export function transact<T extends { ok: boolean }>(
  work: (tx: Tx) => T,
  options: { onUniqueViolation?: Refusal<T>['code'] } = {},
): T {
  try {
    return getDb().transaction(work, { behavior: 'immediate' });
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, code: error.code, ...error.detail } as unknown as T;
    if (options.onUniqueViolation && isUniqueViolation(error))
      return { ok: false, code: options.onUniqueViolation } as unknown as T;
    throw error;
  }
}
