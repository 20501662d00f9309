import 'server-only';
import { listStations } from '@/lib/network/stations';
import { addDays, wibDate } from '@/lib/dates';
import { now } from '@/lib/clock';
import { MAX_DAYS_AHEAD } from './search-query';

/** What the search form needs: the stations and the booking window in WIB. */
export async function searchFormData() {
  const today = wibDate(now());
  return { stations: await listStations(), today, lastDate: addDays(today, MAX_DAYS_AHEAD) };
}
