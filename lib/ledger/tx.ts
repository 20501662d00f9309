/** The transaction type lives with the transaction helper; kept here for existing imports. */
export type { Tx } from '@/lib/transaction';
