import type { PaymentBank } from '@/db/schema/payments';
import type { TransactionStatus } from './notification';

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
  /** Creates a VA or retail payment code at the bank (idempotent per bank and number). */
  register(account: BankAccountRegistration): Promise<void>;
  /** True when a notification body carries a valid signature. */
  verify(body: unknown): boolean;
  /** The bank's view of one transaction, or null when it does not know it. */
  status(transactionId: string): Promise<BankTransaction | null>;
  /** Every transaction the bank recorded since an instant (for reconciliation). */
  transactionsSince(since: number): Promise<BankTransaction[]>;
}
