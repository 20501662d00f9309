import 'server-only';
import { and, count, desc, eq, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { bankPayments, paymentAccounts, paymentNotifications, users } from '@/db/schema';
import { env } from '@/lib/env';
import { signatureValid } from '@/lib/payments/notification';
import { contains, sortBy } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

const page = <T>(rows: T[], total: number, view: { page: number }): TablePage<T> => ({
  rows,
  total,
  page: view.page,
  pageSize: PAGE_SIZE,
});

export const NOTIFICATION_SORTS = ['receivedAt', 'result'] as const;
export const NOTIFICATION_FILTERS = ['q', 'result'] as const;
export type NotificationView = TableView<
  (typeof NOTIFICATION_SORTS)[number],
  (typeof NOTIFICATION_FILTERS)[number]
>;
export type NotificationRow = {
  id: number;
  receivedAt: number;
  transactionId: string;
  status: string;
  result: string;
  rawBody: string;
  /** The signature re-checked now against the server key (every stored one passed at the door). */
  signature: 'valid' | 'invalid';
};

function notificationWhere(view: NotificationView): SQL | undefined {
  const { q, result } = view.filters;
  return and(
    q
      ? or(
          contains(paymentNotifications.providerTransactionId, q),
          contains(paymentNotifications.rawBody, q),
        )
      : undefined,
    result ? eq(paymentNotifications.result, result) : undefined,
  );
}

function verdict(rawBody: string): 'valid' | 'invalid' {
  try {
    return signatureValid(JSON.parse(rawBody), env().PAYMENT_SERVER_KEY) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

async function notifications(
  view: NotificationView,
  limit: number,
  offset: number,
): Promise<NotificationRow[]> {
  const column = { receivedAt: paymentNotifications.id, result: paymentNotifications.result }[
    view.sort
  ];
  const found = await getDb()
    .select({
      id: paymentNotifications.id,
      receivedAt: paymentNotifications.receivedAt,
      transactionId: paymentNotifications.providerTransactionId,
      status: paymentNotifications.transactionStatus,
      result: paymentNotifications.result,
      rawBody: paymentNotifications.rawBody,
    })
    .from(paymentNotifications)
    .where(notificationWhere(view))
    .orderBy(sortBy(column, view.dir), desc(paymentNotifications.id))
    .limit(limit)
    .offset(offset);
  return found.map((r) => ({ ...r, signature: verdict(r.rawBody) }));
}

/** The bank notification log: every verified notification as it arrived, with what it did. */
export async function notificationsPage(
  view: NotificationView,
): Promise<TablePage<NotificationRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(paymentNotifications)
    .where(notificationWhere(view));
  const rows = await notifications(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return page(rows, counted?.n ?? 0, view);
}

export function notificationsExport(view: NotificationView): Promise<NotificationRow[]> {
  return notifications(view, EXPORT_LIMIT, 0);
}

export const MONEY_IN_SORTS = ['createdAt', 'amount'] as const;
export const MONEY_IN_FILTERS = ['q', 'status', 'purpose'] as const;
export type MoneyInView = TableView<
  (typeof MONEY_IN_SORTS)[number],
  (typeof MONEY_IN_FILTERS)[number]
>;
export type MoneyInRow = {
  id: number;
  createdAt: number;
  bank: string;
  kind: string;
  number: string;
  purpose: string;
  email: string;
  userId: number;
  transactionId: string;
  orderId: string;
  amount: number;
  fee: number;
  status: string;
  outcome: string | null;
};

function moneyInWhere(view: MoneyInView): SQL | undefined {
  const { q, status, purpose } = view.filters;
  return and(
    q
      ? or(
          contains(paymentAccounts.number, q),
          contains(bankPayments.providerTransactionId, q),
          contains(bankPayments.orderId, q),
          contains(users.email, q),
        )
      : undefined,
    status ? eq(bankPayments.status, status as 'pending') : undefined,
    purpose === 'topup' || purpose === 'booking' ? eq(paymentAccounts.purpose, purpose) : undefined,
  );
}

function moneyIn(view: MoneyInView, limit: number, offset: number): Promise<MoneyInRow[]> {
  const column = { createdAt: bankPayments.id, amount: bankPayments.grossAmount }[view.sort];
  return getDb()
    .select({
      id: bankPayments.id,
      createdAt: bankPayments.createdAt,
      bank: bankPayments.bank,
      kind: paymentAccounts.kind,
      number: paymentAccounts.number,
      purpose: paymentAccounts.purpose,
      email: users.email,
      userId: users.id,
      transactionId: bankPayments.providerTransactionId,
      orderId: bankPayments.orderId,
      amount: bankPayments.grossAmount,
      fee: bankPayments.fee,
      status: bankPayments.status,
      outcome: bankPayments.outcome,
    })
    .from(bankPayments)
    .innerJoin(paymentAccounts, eq(paymentAccounts.id, bankPayments.paymentAccountId))
    .innerJoin(users, eq(users.id, bankPayments.userId))
    .where(moneyInWhere(view))
    .orderBy(sortBy(column, view.dir), desc(bankPayments.id))
    .limit(limit)
    .offset(offset);
}

/** Money the banks reported (top-ups and booking payments by VA or retail code), with its outcome. */
export async function moneyInPage(view: MoneyInView): Promise<TablePage<MoneyInRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(bankPayments)
    .innerJoin(paymentAccounts, eq(paymentAccounts.id, bankPayments.paymentAccountId))
    .innerJoin(users, eq(users.id, bankPayments.userId))
    .where(moneyInWhere(view));
  const rows = await moneyIn(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return page(rows, counted?.n ?? 0, view);
}

export function moneyInExport(view: MoneyInView): Promise<MoneyInRow[]> {
  return moneyIn(view, EXPORT_LIMIT, 0);
}

export const ACCOUNT_SORTS = ['createdAt', 'bank'] as const;
export const ACCOUNT_FILTERS = ['q', 'kind'] as const;
export type AccountView = TableView<
  (typeof ACCOUNT_SORTS)[number],
  (typeof ACCOUNT_FILTERS)[number]
>;
export type AccountRow = {
  id: number;
  createdAt: number;
  kind: string;
  bank: string;
  number: string;
  purpose: string;
  amount: number | null;
  expiresAt: number | null;
  email: string;
  userId: number;
};

function accountWhere(view: AccountView): SQL | undefined {
  const { q, kind } = view.filters;
  return and(
    q ? or(contains(paymentAccounts.number, q), contains(users.email, q)) : undefined,
    kind === 'open_va' || kind === 'closed_va' || kind === 'retail_code'
      ? eq(paymentAccounts.kind, kind)
      : undefined,
  );
}

function accounts(view: AccountView, limit: number, offset: number): Promise<AccountRow[]> {
  const column = { createdAt: paymentAccounts.id, bank: paymentAccounts.bank }[view.sort];
  return getDb()
    .select({
      id: paymentAccounts.id,
      createdAt: paymentAccounts.createdAt,
      kind: paymentAccounts.kind,
      bank: paymentAccounts.bank,
      number: paymentAccounts.number,
      purpose: paymentAccounts.purpose,
      amount: paymentAccounts.amount,
      expiresAt: paymentAccounts.expiresAt,
      email: users.email,
      userId: users.id,
    })
    .from(paymentAccounts)
    .innerJoin(users, eq(users.id, paymentAccounts.userId))
    .where(accountWhere(view))
    .orderBy(sortBy(column, view.dir), desc(paymentAccounts.id))
    .limit(limit)
    .offset(offset);
}

/** Virtual accounts (open and closed) and retail payment codes, with their owner. */
export async function accountsPage(view: AccountView): Promise<TablePage<AccountRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(paymentAccounts)
    .innerJoin(users, eq(users.id, paymentAccounts.userId))
    .where(accountWhere(view));
  const rows = await accounts(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE);
  return page(rows, counted?.n ?? 0, view);
}

export function accountsExport(view: AccountView): Promise<AccountRow[]> {
  return accounts(view, EXPORT_LIMIT, 0);
}
