import 'server-only';
import { count } from 'drizzle-orm';
import { getDb } from '@/db';
import { stations } from '@/db/schema';

/** How many stations there are: the bench's baseline page's one SQLite read, uncached on purpose. */
export function stationCount(): number {
  return getDb().select({ n: count() }).from(stations).get()?.n ?? 0;
}
