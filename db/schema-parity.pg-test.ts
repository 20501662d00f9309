/**
 * The PostgreSQL schema (db/pg) must be the SQLite schema (db/sqlite, db/migrations) on another
 * engine: lib is typed against the SQLite tables and runs unchanged on both. This migrates a real
 * database of each engine and compares what they contain, table by table; a column, index, check,
 * foreign key or trigger missing on either side fails it. Runs in `npm run test:unit:pg` only
 * (vitest.config.ts includes *.pg-test.ts when DATABASE_URL is PostgreSQL).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, is, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { getTableConfig as sqliteConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, PgTable } from 'drizzle-orm/pg-core';
import { openSqlite, type SqliteDb } from './sqlite/open';
import { createMigratedDatabase, adminQuery } from '../scripts/pg/template';
import { readPgSchema, readSqliteSchema, type Schema } from './schema-introspection';
import * as sqliteTables from './sqlite/schema';
import * as pgTables from './pg/schema';
import {
  auditLog,
  fares,
  ledgerAccounts,
  ledgerEntries,
  ledgerTransfers,
  stations,
  trains,
  users,
  wallets,
} from './pg/schema';

// Compile-time half: every PostgreSQL table reads and writes the same JavaScript values as its
// SQLite twin (`npm run typecheck` fails otherwise).
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type PgTableName = {
  [K in keyof typeof pgTables]: (typeof pgTables)[K] extends PgTable ? K : never;
}[keyof typeof pgTables];
type Twin<K extends PgTableName> = K extends keyof typeof sqliteTables
  ? (typeof sqliteTables)[K] extends SQLiteTable
    ? [
        Equal<(typeof pgTables)[K]['$inferSelect'], (typeof sqliteTables)[K]['$inferSelect']>,
        Equal<(typeof pgTables)[K]['$inferInsert'], (typeof sqliteTables)[K]['$inferInsert']>,
      ]
    : 'not a SQLite table'
  : 'no SQLite twin';
const sameValueTypes: { [K in PgTableName]: [true, true] } = null as unknown as {
  [K in PgTableName]: Twin<K>;
};
void sameValueTypes;

const adminUrl = process.env.PG_TEST_ADMIN_URL;
const database = `kai_parity_${process.pid}_${Date.now().toString(36)}`;
let dir: string;
let sqliteDb: SqliteDb;
let pgClient: pg.Client;
let sqlite: Schema;
let postgres: Schema;

beforeAll(async () => {
  if (!adminUrl) {
    throw new Error(
      'PG_TEST_ADMIN_URL is not set: run this test through `npm run test:unit:pg`, which starts PostgreSQL',
    );
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-parity-'));
  sqliteDb = openSqlite(path.join(dir, 'kai.db')); // the writer applies db/migrations
  sqlite = readSqliteSchema(sqliteDb.$client);
  pgClient = new pg.Client({ connectionString: await createMigratedDatabase(adminUrl, database) });
  await pgClient.connect();
  postgres = await readPgSchema(pgClient);
});

afterAll(async () => {
  sqliteDb?.$client.close();
  await pgClient?.end();
  if (adminUrl) await adminQuery(adminUrl, `drop database if exists ${database} with (force)`);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** table -> what `pick` says of it, for a diff that names the table. */
const each = <T>(schema: Schema, pick: (table: Schema[string]) => T) =>
  Object.fromEntries(Object.entries(schema).map(([name, table]) => [name, pick(table)]));

/** SQLite has no TRUNCATE; PostgreSQL's append-only tables refuse it with a trigger of their own. */
const isTruncateGuard = (t: { event: string }) => t.event === 'TRUNCATE';

describe('the migrated PostgreSQL schema is the migrated SQLite schema', () => {
  it('has the same tables', () => {
    expect(Object.keys(postgres).sort()).toEqual(Object.keys(sqlite).sort());
    expect(Object.keys(sqlite).length).toBeGreaterThan(40);
  });

  it('has the same columns: name, type family, NOT NULL, default, identity', () => {
    expect(each(postgres, (t) => t.columns)).toEqual(each(sqlite, (t) => t.columns));
  });

  it('has the same primary keys', () => {
    expect(each(postgres, (t) => t.primaryKey)).toEqual(each(sqlite, (t) => t.primaryKey));
  });

  it('has the same indexes: name, unique, columns in order, partial predicate', () => {
    expect(each(postgres, (t) => t.indexes)).toEqual(each(sqlite, (t) => t.indexes));
  });

  it('has the same foreign keys', () => {
    expect(each(postgres, (t) => t.foreignKeys)).toEqual(each(sqlite, (t) => t.foreignKeys));
  });

  it('has the same CHECK constraints, by name and normalized expression', () => {
    expect(each(postgres, (t) => t.checks)).toEqual(each(sqlite, (t) => t.checks));
  });

  it('has the same triggers: name, timing, event, message', () => {
    expect(each(postgres, (t) => t.triggers.filter((g) => !isTruncateGuard(g)))).toEqual(
      each(sqlite, (t) => t.triggers),
    );
  });

  it('guards every append-only table against TRUNCATE with the same message, and nothing else', () => {
    const truncateGuards = each(postgres, (t) =>
      t.triggers.filter(isTruncateGuard).map((g) => `${g.name}: ${g.message}`),
    );
    const deleteGuards = each(sqlite, (t) =>
      t.triggers
        .filter((g) => g.name.endsWith('_no_delete'))
        .map((g) => `${g.name.replace(/_no_delete$/, '_no_truncate')}: ${g.message}`),
    );
    expect(truncateGuards).toEqual(deleteGuards);
  });

  it('declares the same columns in Drizzle, with the same JavaScript value kinds and enums', () => {
    const declared = (tables: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(tables).flatMap(([key, value]) => {
          const config = is(value, SQLiteTable)
            ? sqliteConfig(value)
            : is(value, PgTable)
              ? pgConfig(value)
              : null;
          if (!config) return [];
          const columns = config.columns.map((c) => ({
            name: c.name,
            dataType: c.dataType,
            enumValues: c.enumValues ?? null,
            notNull: c.notNull,
            hasDefault: c.hasDefault,
          }));
          return [[key, { name: config.name, columns }]];
        }),
      );
    expect(declared(pgTables)).toEqual(declared(sqliteTables));
  });
});

/** What PostgreSQL said when it refused a statement (Drizzle wraps the driver's error in `cause`). */
async function refusal(query: PromiseLike<unknown>) {
  try {
    await query;
  } catch (error) {
    const driver = (error as { cause?: unknown }).cause ?? error;
    const { code, constraint, message } = driver as {
      code?: string;
      constraint?: string;
      message: string;
    };
    return { code, constraint, message };
  }
  throw new Error('the statement was expected to fail');
}

describe('the PostgreSQL tables at work', () => {
  const db = () => drizzle(pgClient);
  const now = Date.now(); // beyond int4: ms times need the bigint columns

  it('stores a user and a wallet as the seed does, and reads back the same JavaScript values', async () => {
    const [user] = await db()
      .insert(users)
      .values({
        email: 'parity@example.com',
        phone: '+628111000111',
        fullName: 'Parity',
        nik: '3171000000000001',
        birthDate: '1990-01-01',
        passwordHash: 'x',
        createdAt: now,
      })
      .returning();
    expect(user).toMatchObject({ id: 1, role: 'passenger', staffRole: null, sessionVersion: 1 });
    expect(user!.createdAt).toBe(now);
    const [wallet] = await db()
      .insert(wallets)
      .values({
        userId: user!.id,
        step: 'otp',
        maxBalance: 2_000_000,
        monthlyInLimit: 20_000_000,
        fullName: 'Parity',
        nik: '3171000000000001',
        birthDate: '1990-01-01',
        phone: user!.phone,
        email: user!.email,
        createdAt: now,
      })
      .returning();
    expect(wallet).toMatchObject({ balance: 0, monthIn: 0, monthKey: '', tier: 'regular' });
    expect(typeof wallet!.maxBalance).toBe('number');
    const [train] = await db().insert(trains).values({ number: '1', name: 'Argo' }).returning();
    expect(train!.active).toBe(true);
    const [{ n }] = (await db().execute(sql`select count(*) as n from users`)).rows as [
      { n: unknown },
    ];
    expect(n).toBe(1);
  });

  it('refuses a CHECK violation (23514) and a duplicate (23505), naming the constraint', async () => {
    expect(
      await refusal(db().update(wallets).set({ balance: 2_000_001 }).where(eq(wallets.id, 1))),
    ).toMatchObject({ code: '23514', constraint: 'wallets_balance_check' });
    expect(
      await refusal(
        db()
          .update(users)
          .set({ staffRole: 'kasir' as 'petugas' }),
      ),
    ).toMatchObject({ code: '23514', constraint: 'users_staff_role_check' });
    expect(
      await refusal(
        db().insert(users).values({
          email: 'parity@example.com',
          phone: '+628111000222',
          fullName: 'Dup',
          nik: '3171000000000002',
          birthDate: '1990-01-01',
          passwordHash: 'x',
          createdAt: now,
        }),
      ),
    ).toMatchObject({ code: '23505', constraint: 'users_email_unique' });
  });

  it('keeps the ledger and the audit log append-only, TRUNCATE included', async () => {
    const [account] = await db()
      .insert(ledgerAccounts)
      .values([
        { code: 'wallet:1', kind: 'wallet', walletId: 1, createdAt: now },
        { code: 'bank_clearing:BCA', kind: 'bank_clearing', createdAt: now },
      ])
      .returning();
    const [transfer] = await db()
      .insert(ledgerTransfers)
      .values({ kind: 'topup', idempotencyKey: 'k1', reference: 'r', amount: 10, createdAt: now })
      .returning();
    await db()
      .insert(ledgerEntries)
      .values([
        { transferId: transfer!.id, accountId: account!.id, amount: 10, createdAt: now },
        { transferId: transfer!.id, accountId: account!.id + 1, amount: -10, createdAt: now },
      ]);
    await db().insert(auditLog).values({ action: 'a', subject: 's', createdAt: now });
    expect((await refusal(db().update(ledgerEntries).set({ amount: 11 }))).message).toBe(
      'ledger entries are append-only',
    );
    expect((await refusal(db().delete(ledgerTransfers))).message).toBe(
      'ledger transfers are append-only',
    );
    expect((await refusal(db().delete(auditLog))).message).toBe('audit_log is append-only');
    expect((await refusal(db().execute(sql`truncate audit_log`))).message).toBe(
      'audit_log is append-only',
    );
    expect((await refusal(db().execute(sql`truncate ticket_revocations`))).message).toBe(
      'ticket revocations are append-only',
    );
  });

  it('refuses overlapping fare periods and leaves a same-start duplicate to the unique index', async () => {
    await db()
      .insert(stations)
      .values([
        { code: 'GMR', name: 'Gambir', city: 'Jakarta' },
        { code: 'BD', name: 'Bandung', city: 'Bandung' },
      ]);
    const fare = {
      trainId: 1,
      seatClass: 'eksekutif' as const,
      subClass: 'A',
      originCode: 'GMR',
      destinationCode: 'BD',
      price: 150_000,
    };
    await db().insert(fares).values(fare);
    expect(
      await db().insert(fares).values(fare).onConflictDoNothing().returning({ id: fares.id }),
    ).toEqual([]);
    expect(
      (
        await refusal(
          db()
            .insert(fares)
            .values({ ...fare, effectiveFrom: '2030-01-01' }),
        )
      ).message,
    ).toBe('fare_period_overlap');
    // Closing the open period first makes room for the next one, as the admin fare form does.
    await db().update(fares).set({ effectiveTo: '2029-12-31' });
    const [next] = await db()
      .insert(fares)
      .values({ ...fare, price: 175_000, effectiveFrom: '2030-01-01' })
      .returning();
    expect(next!.price).toBe(175_000);
    expect(
      (await refusal(db().update(fares).set({ effectiveTo: null }).where(eq(fares.price, 150_000))))
        .message,
    ).toBe('fare_period_overlap');
  });
});
