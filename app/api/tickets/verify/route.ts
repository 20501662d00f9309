import { z } from 'zod';
import { currentUser } from '@/lib/auth/session';
import { verifyTicketPayload } from '@/lib/tickets/verify';

const BodySchema = z.object({ payload: z.string().trim().min(1).max(4000) });

/** POST {"payload": "KAI1...."} → whether the ticket is genuine and still valid, and what it says. Signed-in callers only. */
export async function POST(request: Request): Promise<Response> {
  if (!(await currentUser())) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const body = BodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: 'invalid_body' }, { status: 400 });
  return Response.json(verifyTicketPayload(body.data.payload));
}
