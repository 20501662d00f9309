import 'server-only';
import { count } from 'drizzle-orm';
import { getDb } from '@/db';
import { stations } from '@/db/schema';

/** How many stations there are: the bench's baseline page's one database read, uncached on purpose. */
export async function stationCount(): Promise<number> {
  const [row] = await getDb().select({ n: count() }).from(stations);
  return row?.n ?? 0;
}
