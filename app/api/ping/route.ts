/** A bare route for load-test baselines and uptime checks: no database, no session. */
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response('ok', { headers: { 'Cache-Control': 'no-store' } });
}
