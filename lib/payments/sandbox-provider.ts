import 'server-only';
import { env } from '@/lib/env';
import { registerAccount } from '@/lib/sandbox-bank/registry';
import { signatureValid } from './notification';
import type { BankTransaction, PaymentProvider } from './provider';

function authHeader(): string {
  // Midtrans style: the server key as the Basic-auth user name with an empty password.
  return `Basic ${Buffer.from(`${env().PAYMENT_SERVER_KEY}:`).toString('base64')}`;
}

async function getJson<T>(path: string): Promise<T | null> {
  const response = await fetch(`${env().APP_URL}${path}`, {
    headers: { authorization: authHeader() },
    signal: AbortSignal.timeout(5000),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`sandbox bank answered ${response.status} for ${path}`);
  return (await response.json()) as T;
}

/**
 * The sandbox bank as a payment provider. Registration writes to the bank's own tables (its "create
 * VA" API); status queries and settlement reports go over real HTTP, as they would to a gateway.
 */
export const sandboxProvider: PaymentProvider = {
  available: true,
  async register(account) {
    await registerAccount(account);
  },
  verify(body) {
    return signatureValid(body, env().PAYMENT_SERVER_KEY);
  },
  status(transactionId) {
    return getJson<BankTransaction>(
      `/api/sandbox/bank/transactions/${encodeURIComponent(transactionId)}`,
    );
  },
  async transactionsSince(since) {
    return (
      (await getJson<BankTransaction[]>(`/api/sandbox/bank/transactions?since=${since}`)) ?? []
    );
  },
};
