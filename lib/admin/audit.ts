import 'server-only';
import { and, count, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { auditLog, users } from '@/db/schema';
import { now } from '@/lib/clock';
import { addDays, isIsoDate, wibInstant } from '@/lib/dates';
import type { Tx } from '@/lib/transaction';
import { contains, sortBy, startsWith } from './sql';
import { EXPORT_LIMIT, PAGE_SIZE, type TablePage, type TableView } from './table-params';

/** What was done, as `<thing>.<verb>` (`trip.cancel`, `settings.update`, `wallet.freeze`). */
export type AuditAction = `${string}.${string}`;

export type AuditInput = {
  actorUserId: number;
  action: AuditAction;
  /** What was changed, as `<kind>:<id>` (`trip:42`, `station:GMR`, `settings`). */
  subject: string;
  before?: unknown;
  after?: unknown;
  /** A short free text (a reason typed by the admin). */
  detail?: string;
};

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/**
 * Records one admin action INSIDE the caller's transaction, so the record exists exactly when the
 * change does (a rolled-back change leaves no record, a committed one always has one). The table is
 * append-only (triggers refuse update and delete).
 */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subject: entry.subject,
    detail: entry.detail ?? null,
    before: json(entry.before),
    after: json(entry.after),
    createdAt: now(),
  });
}

export const AUDIT_SORTS = ['createdAt', 'action', 'actor'] as const;
export const AUDIT_FILTERS = ['action', 'actor', 'subject', 'from', 'to'] as const;
export type AuditView = TableView<(typeof AUDIT_SORTS)[number], (typeof AUDIT_FILTERS)[number]>;

export type AuditRow = {
  id: number;
  createdAt: number;
  actor: string | null;
  action: string;
  subject: string;
  detail: string | null;
  before: string | null;
  after: string | null;
};

function where(view: AuditView): SQL | undefined {
  const f = view.filters;
  const parts: (SQL | undefined)[] = [];
  if (f.action) parts.push(startsWith(auditLog.action, f.action));
  if (f.subject) parts.push(contains(auditLog.subject, f.subject));
  if (f.actor) parts.push(or(contains(users.email, f.actor), contains(users.fullName, f.actor)));
  // Dates are WIB calendar days, both inclusive.
  if (f.from && isIsoDate(f.from)) parts.push(gte(auditLog.createdAt, wibInstant(f.from, 0, 0)));
  if (f.to && isIsoDate(f.to))
    parts.push(lt(auditLog.createdAt, wibInstant(addDays(f.to, 1), 0, 0)));
  return and(...parts);
}

function select(view: AuditView, limit: number, offset: number): Promise<AuditRow[]> {
  const column = {
    createdAt: auditLog.id,
    action: auditLog.action,
    actor: users.email,
  }[view.sort];
  return getDb()
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      actor: users.email,
      action: auditLog.action,
      subject: auditLog.subject,
      detail: auditLog.detail,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where(view))
    .orderBy(sortBy(column, view.dir), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}

/** One page of the audit log, filtered and sorted on the server. */
export async function auditPage(view: AuditView): Promise<TablePage<AuditRow>> {
  const [counted] = await getDb()
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where(view));
  return {
    rows: await select(view, PAGE_SIZE, (view.page - 1) * PAGE_SIZE),
    total: counted?.n ?? 0,
    page: view.page,
    pageSize: PAGE_SIZE,
  };
}

/** Every row of the filtered view (up to the export limit) for the CSV download. */
export function auditExport(view: AuditView): Promise<AuditRow[]> {
  return select(view, EXPORT_LIMIT, 0);
}

/** The distinct actions recorded so far, for the filter's suggestions. */
export async function auditActions(): Promise<string[]> {
  const found = await getDb().selectDistinct({ action: auditLog.action }).from(auditLog);
  // Sorted here: PostgreSQL's text order follows the database's collation, SQLite's the bytes.
  return found.map((r) => r.action).sort();
}
