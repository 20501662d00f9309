import type { Db } from '@/db';

/** A drizzle transaction on the better-sqlite3 database (synchronous: no await inside). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
