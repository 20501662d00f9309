import { z } from 'zod';
import { sandboxEnabled } from '@/lib/notify/inbox';
import { authorizedMerchant, bankTransactionsSince } from '@/lib/sandbox-bank/queries';

export const dynamic = 'force-dynamic';

const QuerySchema = z.object({ since: z.coerce.number().int().min(0) });

/** The sandbox bank's settlement report: every transaction since `since` (epoch ms). */
export async function GET(request: Request): Promise<Response> {
  if (!sandboxEnabled()) return new Response('Not found', { status: 404 });
  if (!authorizedMerchant(request.headers.get('authorization')))
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  const parsed = QuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success)
    return Response.json({ error: 'since must be epoch milliseconds' }, { status: 400 });
  return Response.json(await bankTransactionsSince(parsed.data.since));
}
