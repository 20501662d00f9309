import 'server-only';
import { and, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import {
  bookings,
  kycRequests,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
  trains,
  trips,
  users,
  wallets,
} from '@/db/schema';
import { now } from '@/lib/clock';
import { normalizePhone } from '@/lib/identity/phone';
import { maskId, maskPhone } from './mask';
import { contains, sortBy } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

export const PASSENGER_SORTS = ['createdAt', 'name', 'balance'] as const;
export const PASSENGER_FILTERS = ['q', 'wallet', 'role'] as const;
export type PassengerView = TableView<
  (typeof PASSENGER_SORTS)[number],
  (typeof PASSENGER_FILTERS)[number]
>;

export type PassengerRow = {
  id: number;
  name: string;
  email: string;
  phone: string;
  nik: string;
  role: 'passenger' | 'admin' | 'petugas';
  walletStep: string | null;
  tier: string | null;
  balance: number | null;
  frozen: boolean;
  createdAt: number;
};

function where(view: PassengerView): SQL | undefined {
  const { q, wallet, role } = view.filters;
  const phone = q ? normalizePhone(q) : null;
  return and(
    q
      ? or(
          contains(users.fullName, q),
          contains(users.email, q),
          eq(users.nik, q.replace(/\s/g, '')),
          phone ? eq(users.phone, phone) : undefined,
        )
      : undefined,
    wallet === 'none' ? sql`${wallets.id} is null` : undefined,
    wallet === 'active' ? eq(wallets.step, 'active') : undefined,
    wallet === 'frozen' ? sql`${wallets.frozenAt} is not null` : undefined,
    role === 'admin' ? eq(users.role, 'admin') : undefined,
    role === 'petugas' ? eq(users.staffRole, 'petugas') : undefined,
  );
}

async function select(view: PassengerView, limit: number, offset: number): Promise<PassengerRow[]> {
  const column = { createdAt: users.id, name: users.fullName, balance: wallets.balance }[view.sort];
  const found = await getDb()
    .select({
      id: users.id,
      name: users.fullName,
      email: users.email,
      phone: users.phone,
      nik: users.nik,
      role: users.role,
      staffRole: users.staffRole,
      walletStep: wallets.step,
      tier: wallets.tier,
      balance: wallets.balance,
      frozenAt: wallets.frozenAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .leftJoin(wallets, eq(wallets.userId, users.id))
    .where(where(view))
    .orderBy(sortBy(column, view.dir), desc(users.id))
    .limit(limit)
    .offset(offset);
  return found.map(({ staffRole, frozenAt, ...r }) => ({
    ...r,
    role: r.role === 'admin' ? 'admin' : (staffRole ?? 'passenger'),
    phone: maskPhone(r.phone),
    nik: maskId(r.nik),
    frozen: frozenAt !== null,
  }));
}

/** One page of accounts matching the search (name, email, phone or the whole NIK). */
export async function passengersPage(view: PassengerView): Promise<TablePage<PassengerRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(users)
    .leftJoin(wallets, eq(wallets.userId, users.id))
    .where(where(view));
  return {
    rows: await select(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE),
    total: counted?.n ?? 0,
    page: view.page,
    pageSize: PAGE_SIZE,
  };
}

export function passengersExport(view: PassengerView): Promise<PassengerRow[]> {
  return select(view, EXPORT_LIMIT, 0);
}

/** One account for the officer: identity (NIK masked), role, wallet state and latest bookings. */
export async function passengerDetail(userId: number) {
  const db = getDb();
  const [u] = await db
    .select({
      id: users.id,
      name: users.fullName,
      email: users.email,
      phone: users.phone,
      nik: users.nik,
      birthDate: users.birthDate,
      role: users.role,
      staffRole: users.staffRole,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!u) return null;
  const [w = null] = await db
    .select({
      id: wallets.id,
      step: wallets.step,
      tier: wallets.tier,
      balance: wallets.balance,
      maxBalance: wallets.maxBalance,
      monthIn: wallets.monthIn,
      monthlyInLimit: wallets.monthlyInLimit,
      pinFailures: wallets.pinFailures,
      pinLockedUntil: wallets.pinLockedUntil,
      frozenAt: wallets.frozenAt,
    })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  const [kyc = null] = await db
    .select({ status: kycRequests.status, createdAt: kycRequests.createdAt })
    .from(kycRequests)
    .where(eq(kycRequests.userId, userId))
    .orderBy(desc(kycRequests.id))
    .limit(1);
  const recent = await db
    .select({
      code: bookings.code,
      status: bookings.status,
      total: bookings.total,
      departsAt: bookings.departsAt,
      train: sql<string>`${trains.name} || ' ' || ${trains.number}`,
    })
    .from(bookings)
    .innerJoin(trips, eq(trips.id, bookings.tripId))
    .innerJoin(trains, eq(trains.id, trips.trainId))
    .where(eq(bookings.userId, userId))
    .orderBy(desc(bookings.id))
    .limit(20);
  return {
    ...u,
    nik: maskId(u.nik),
    role: u.role === 'admin' ? ('admin' as const) : (u.staffRole ?? ('passenger' as const)),
    wallet: w && {
      ...w,
      pinLocked: w.pinLockedUntil !== null && w.pinLockedUntil > now(),
      frozen: w.frozenAt !== null,
    },
    kyc,
    bookings: recent,
  };
}

export type PassengerDetail = NonNullable<Awaited<ReturnType<typeof passengerDetail>>>;

export const LEDGER_PAGE_SIZE = 50;

/**
 * A wallet's ledger, newest first, with the running balance after each entry (kept on the entry by
 * the ledger and checked by the invariants) and the transfer it belongs to.
 */
export async function walletLedger(userId: number, pageNumber: number) {
  const db = getDb();
  const [account] = await db
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .innerJoin(wallets, eq(wallets.id, ledgerAccounts.walletId))
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (!account) return { rows: [], total: 0, page: pageNumber, pageSize: LEDGER_PAGE_SIZE };
  const [counted] = await db
    .select({ n: count() })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.accountId, account.id));
  const rows = await db
    .select({
      id: ledgerEntries.id,
      createdAt: ledgerEntries.createdAt,
      amount: ledgerEntries.amount,
      balanceAfter: ledgerEntries.balanceAfter,
      kind: ledgerTransfers.kind,
      reference: ledgerTransfers.reference,
      transferId: ledgerTransfers.id,
    })
    .from(ledgerEntries)
    .innerJoin(ledgerTransfers, eq(ledgerTransfers.id, ledgerEntries.transferId))
    .where(eq(ledgerEntries.accountId, account.id))
    .orderBy(desc(ledgerEntries.id))
    .limit(LEDGER_PAGE_SIZE)
    .offset((pageNumber - 1) * LEDGER_PAGE_SIZE);
  return { rows, total: counted?.n ?? 0, page: pageNumber, pageSize: LEDGER_PAGE_SIZE };
}
