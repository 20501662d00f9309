import 'server-only';
import { env } from '@/lib/env';
import { exportPublicKey, ticketKeys, type TicketKeys } from './signing';

let cached: { secret: string; keys: TicketKeys } | undefined;

/** The server's ticket key pair (from TICKET_SIGNING_KEY). */
export function serverTicketKeys(): TicketKeys {
  const secret = env().TICKET_SIGNING_KEY;
  if (cached?.secret !== secret) cached = { secret, keys: ticketKeys(secret) };
  return cached.keys;
}

/** The public key gates install to verify QR codes offline. */
export function ticketPublicKey(): string {
  return exportPublicKey(serverTicketKeys());
}
