import 'server-only';
import { inTransaction, isUniqueViolation, type Isolation, type Tx } from '@/db';

export { isUniqueViolation, type Tx };

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

type Refusal<T> = Extract<T, { ok: false; code: string }>;

/**
 * Runs `work` in one transaction, serializable unless `isolation` says otherwise (`inTransaction`
 * in db/index.ts says how each engine makes that so, and why `work` must do database work only). A `Refused` thrown inside rolls
 * everything back and becomes `{ ok: false, code }`; so does a unique-index violation when the
 * caller names the refusal it means (`seat_taken`, `already_paid`); anything else is a bug and
 * is thrown on.
 */
export async function transact<T extends { ok: boolean }>(
  work: (tx: Tx) => Promise<T>,
  options: { onUniqueViolation?: Refusal<T>['code']; isolation?: Isolation } = {},
): Promise<T> {
  try {
    return await inTransaction(work, { isolation: options.isolation });
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, code: error.code, ...error.detail } as unknown as T;
    if (options.onUniqueViolation && isUniqueViolation(error))
      return { ok: false, code: options.onUniqueViolation } as unknown as T;
    throw error;
  }
}
