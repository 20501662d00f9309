import { z } from 'zod';
import { sandboxEnabled } from '@/lib/notify/inbox';
import { authorizedMerchant, bankTransaction } from '@/lib/sandbox-bank/queries';

export const dynamic = 'force-dynamic';

/** The sandbox bank's status query: the merchant (server key) asks about one transaction. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  if (!sandboxEnabled()) return new Response('Not found', { status: 404 });
  if (!authorizedMerchant(request.headers.get('authorization')))
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  // The bank's ids are UUIDs: anything else is unknown without asking the database.
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return Response.json({ error: 'not found' }, { status: 404 });
  const transaction = await bankTransaction(id.data);
  return transaction
    ? Response.json(transaction)
    : Response.json({ error: 'not found' }, { status: 404 });
}
