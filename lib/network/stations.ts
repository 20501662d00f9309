import 'server-only';
import { asc } from 'drizzle-orm';
import { getDb } from '@/db';
import { stations } from '@/db/schema';

export type Station = { code: string; name: string; city: string };

/** All stations, by name. */
export async function listStations(): Promise<Station[]> {
  return getDb()
    .select({ code: stations.code, name: stations.name, city: stations.city })
    .from(stations)
    .orderBy(asc(stations.name), asc(stations.code));
}
