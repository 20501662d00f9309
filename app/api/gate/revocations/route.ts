import { z } from 'zod';
import { currentUser } from '@/lib/auth/session';
import { now } from '@/lib/clock';
import { signedRevocationList } from '@/lib/tickets/revocations';

export const dynamic = 'force-dynamic';

const QuerySchema = z.object({
  since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

/**
 * GET /api/gate/revocations?since=<version> → {"list": "KAIREV1.<list>.<signature>"}: the tickets
 * revoked after that version (all with since=0), signed with the ticket key so a gate checks it
 * with the public key it already has. Gate staff (`petugas`) and admins only; anyone else gets a
 * 404, as for every admin route. Never cached: a stale list lets revoked tickets on.
 */
export async function GET(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user || (user.role !== 'admin' && user.role !== 'petugas'))
    return Response.json({ error: 'not_found' }, { status: 404 });
  const query = QuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  if (!query.success) return Response.json({ error: 'invalid_since' }, { status: 400 });
  return Response.json(
    { list: await signedRevocationList(query.data.since, now()) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
