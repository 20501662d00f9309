import { health } from '@/lib/health';

export const dynamic = 'force-dynamic';

export function GET() {
  const report = health();
  return Response.json(report, {
    status: report.ok ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
