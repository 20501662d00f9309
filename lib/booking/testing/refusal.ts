import type { SQL } from 'drizzle-orm';
import { execute, inTransaction } from '@/db';

/**
 * Runs a statement in a transaction of its own and returns why the database refused it (every
 * message down the chain Drizzle wraps the driver's error in), or 'accepted'. For the append-only
 * guards, whose message is the same on both engines.
 */
export async function refusalOf(statement: SQL): Promise<string> {
  try {
    await inTransaction((tx) => execute(statement, tx));
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' / ');
  }
  return 'accepted';
}
