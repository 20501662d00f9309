import 'server-only';
import type { PaymentBank } from '@/db/sqlite/schema/payments';
import { sandboxEnabled } from '@/lib/sandbox';
import type { TransactionStatus } from './notification';
import { sandboxProvider } from './sandbox-provider';

export type BankAccountRegistration = {
  bank: PaymentBank;
  number: string;
  kind: 'open_va' | 'closed_va' | 'retail_code';
  orderId?: string;
  amount?: number;
  expiresAt?: number;
};

/** What the bank says about one transaction when asked (status query / settlement report). */
export type BankTransaction = {
  transactionId: string;
  orderId: string;
  bank: PaymentBank;
  number: string;
  kind: BankAccountRegistration['kind'];
  amount: number;
  status: TransactionStatus;
  createdAt: number;
};

/**
 * A payment gateway as the app needs it. The built-in sandbox bank implements it; a real adapter
 * (Midtrans, Xendit...) would implement the same four calls.
 */
export interface PaymentProvider {
  /** False when no gateway is configured: numbers are then refused, never handed out unpayable. */
  readonly available: boolean;
  /** Creates a VA or retail payment code at the bank (idempotent per bank and number). */
  register(account: BankAccountRegistration): Promise<void>;
  /** True when a notification body carries a valid signature. */
  verify(body: unknown): boolean;
  /** The bank's view of one transaction, or null when it does not know it. */
  status(transactionId: string): Promise<BankTransaction | null>;
  /** Every transaction the bank recorded since an instant (for reconciliation). */
  transactionsSince(since: number): Promise<BankTransaction[]>;
}

/** No gateway configured (the sandbox off and no real adapter): nothing is registered or verified. */
const noProvider: PaymentProvider = {
  available: false,
  async register() {
    throw new Error('No payment provider is configured');
  },
  verify: () => false,
  status: async () => null,
  transactionsSince: async () => [],
};

/**
 * The one seam to the bank: code imports this module, never an adapter. The sandbox bank is the
 * adapter while the sandbox is on; a real gateway adapter (Midtrans, Xendit) would be chosen here
 * from its own settings. With neither, payments are refused cleanly.
 */
export function paymentProvider(): PaymentProvider {
  return sandboxEnabled() ? sandboxProvider : noProvider;
}
