import { z } from 'zod';
import { currentUser } from '@/lib/auth/session';
import { verifyTicketPayload } from '@/lib/tickets/verify';

const BodySchema = z.object({ payload: z.string().trim().min(1).max(4000) });

/**
 * POST {"payload": "KAI2...."} → whether the ticket is genuine and still valid, and what it says.
 * Gate staff (`petugas`) and admins only: a passenger gets the same 404 as a stranger signed in.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (user.role !== 'admin' && user.role !== 'petugas')
    return Response.json({ error: 'not_found' }, { status: 404 });
  const body = BodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'invalid_body' }, { status: 400 });
  return Response.json(await verifyTicketPayload(body.data.payload));
}
