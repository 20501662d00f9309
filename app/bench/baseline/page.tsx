import { notFound } from 'next/navigation';
import { env } from '@/lib/env';
import { stationCount } from '@/lib/network/station-count';

export const dynamic = 'force-dynamic';

/**
 * The benchmark's floor (scripts/bench.ts): the root layout, one database read and a small form,
 * rendered per request like every page. Linked from nowhere, and a 404 in production.
 */
export default async function BenchBaselinePage() {
  if (env().APP_ENV === 'production') notFound();
  const n = await stationCount();
  return (
    <form action="/search" method="get" className="card grid gap-2">
      <h1 className="text-xl font-bold">Baseline</h1>
      <label htmlFor="bench-from">Dari ({n})</label>
      <input id="bench-from" name="from" className="input" />
      <button type="submit" className="btn-primary">
        Cari
      </button>
    </form>
  );
}
