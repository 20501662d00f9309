/**
 * Reads the shape of a migrated database, SQLite or PostgreSQL, into one engine-neutral form, so
 * db/schema-parity.pg-test.ts can prove both migration histories build the same schema. Types are
 * reduced to a family (integer/text/boolean/blob/real) and expressions to a normalized spelling.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as sqliteSchema from './sqlite/schema';

export type Column = {
  name: string;
  type: 'integer' | 'text' | 'boolean' | 'blob' | 'real';
  notNull: boolean;
  default: string | null;
  identity: boolean;
};
export type Index = { name: string; unique: boolean; columns: string[]; where: string | null };
export type Check = { name: string; expression: string };
export type Trigger = { name: string; timing: string; event: string; message: string | null };
export type Table = {
  /** By name: SQLite appends a column added later, so the order of columns says nothing. */
  columns: Column[];
  primaryKey: string[];
  indexes: Index[];
  /** "column[,column] -> table.column[,column] on delete X on update Y" */
  foreignKeys: string[];
  checks: Check[];
  triggers: Trigger[];
};
export type Schema = Record<string, Table>;

/**
 * One spelling for an expression from either engine: PostgreSQL's deparsed form has casts,
 * `= ANY (ARRAY[...])` for IN, BETWEEN expanded, and parentheses everywhere; SQLite keeps the text
 * as written, with table-qualified quoted names.
 */
export function normalizeExpression(expression: string, table: string): string {
  const operand = String.raw`[\w.']+(?:\([^()]*\))?`;
  return expression
    .toLowerCase()
    .replace(/["`]/g, '')
    .replaceAll(`${table}.`, '')
    .replace(/::[a-z_]+(?: varying| precision)?(?:\[\])?/g, '')
    .replace(/=\s*any\s*\(array\[([^\]]*)\]\)/g, 'in ($1)')
    .replace(
      new RegExp(`(${operand})\\s+between\\s+(${operand})\\s+and\\s+(${operand})`, 'g'),
      '$1 >= $2 and $1 <= $3',
    )
    .replace(/[()\s]/g, '');
}

/** Defaults as SQL literals without PostgreSQL's casts: 'x'::text and 'x' are the same default. */
function normalizeDefault(value: string | null): string | null {
  if (value === null) return null;
  return value.replace(/::[a-z_]+(?: varying| precision)?$/i, '').replace(/^\((.*)\)$/, '$1');
}

const byName = <T extends { name: string }>(list: T[]) =>
  list.sort((a, b) => a.name.localeCompare(b.name));

// ---------------------------------------------------------------------------------------------
// SQLite: pragmas, and the CREATE statements in sqlite_master for what pragmas do not tell.

/** Columns Drizzle declares as booleans: SQLite stores them as integer, so the type says nothing. */
function sqliteBooleanColumns(): Set<string> {
  const found = new Set<string>();
  for (const value of Object.values(sqliteSchema)) {
    if (!is(value, SQLiteTable)) continue;
    const config = getTableConfig(value);
    for (const column of config.columns) {
      if (column.columnType === 'SQLiteBoolean') found.add(`${config.name}.${column.name}`);
    }
  }
  return found;
}

function sqliteType(declared: string, boolean: boolean): Column['type'] {
  const type = declared.toLowerCase();
  if (type === 'integer') return boolean ? 'boolean' : 'integer';
  if (type === 'text') return 'text';
  if (type === 'blob') return 'blob';
  if (type === 'real') return 'real';
  throw new Error(`unexpected SQLite column type ${declared}`);
}

/** The CHECKs of a CREATE TABLE: named ones, and column CHECKs named as PostgreSQL names them. */
export function sqliteChecks(table: string, createSql: string): Check[] {
  const checks: Check[] = [];
  const body = createSql.slice(createSql.indexOf('(') + 1, createSql.lastIndexOf(')'));
  // Split the body at top-level commas: one column or table constraint per part.
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  for (const raw of parts) {
    const part = raw.trim();
    const at = part.search(/\bcheck\s*\(/i);
    if (at < 0) continue;
    const open = part.indexOf('(', at);
    let level = 0;
    let end = open;
    for (; end < part.length; end++) {
      if (part[end] === '(') level++;
      if (part[end] === ')' && --level === 0) break;
    }
    const expression = part.slice(open + 1, end);
    const named = /^constraint\s+["`]?(\w+)["`]?\s+check/i.exec(part);
    const column = /^["`]?(\w+)["`]?\s+\w+/.exec(part);
    const name = named
      ? named[1]!
      : column && !/^check$/i.test(column[1]!)
        ? `${table}_${column[1]}_check`
        : `${table}_check`;
    checks.push({ name, expression: normalizeExpression(expression, table) });
  }
  return byName(checks);
}

export function readSqliteSchema(db: Database.Database): Schema {
  const booleans = sqliteBooleanColumns();
  const master = db
    .prepare(
      'select type, name, tbl_name as tableName, sql from sqlite_master where type in (?, ?)',
    )
    .all('table', 'trigger') as { type: string; name: string; tableName: string; sql: string }[];
  const tables = master.filter(
    (m) => m.type === 'table' && !m.name.startsWith('sqlite_') && !m.name.startsWith('__drizzle'),
  );
  const indexSql = new Map(
    (
      db.prepare('select name, sql from sqlite_master where type = ?').all('index') as {
        name: string;
        sql: string | null;
      }[]
    ).map((i) => [i.name, i.sql]),
  );
  const schema: Schema = {};
  for (const { name: table, sql } of tables) {
    const info = db.prepare('select * from pragma_table_info(?)').all(table) as {
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
    }[];
    const autoincrement = /\bautoincrement\b/i.test(sql);
    const columns = info.map((c) => ({
      name: c.name,
      type: sqliteType(c.type, booleans.has(`${table}.${c.name}`)),
      notNull: c.notnull === 1,
      default: normalizeDefault(c.dflt_value),
      identity: autoincrement && c.pk === 1 && c.type.toLowerCase() === 'integer',
    }));
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const indexList = db.prepare('select * from pragma_index_list(?)').all(table) as {
      name: string;
      unique: number;
      origin: string;
      partial: number;
    }[];
    const indexes = indexList
      .filter((i) => i.origin !== 'pk')
      .map((i) => {
        const where = /\bwhere\b([\s\S]*)$/i.exec(indexSql.get(i.name) ?? '');
        return {
          name: i.name,
          unique: i.unique === 1,
          columns: (
            db.prepare('select name from pragma_index_info(?) order by seqno').all(i.name) as {
              name: string;
            }[]
          ).map((c) => c.name),
          where: i.partial && where ? normalizeExpression(where[1]!, table) : null,
        };
      });
    const fkRows = db.prepare('select * from pragma_foreign_key_list(?)').all(table) as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string;
      on_update: string;
      on_delete: string;
    }[];
    const foreignKeys = [...new Set(fkRows.map((f) => f.id))].map((id) => {
      const parts = fkRows.filter((f) => f.id === id).sort((a, b) => a.seq - b.seq);
      const first = parts[0]!;
      return (
        `${parts.map((p) => p.from).join(',')} -> ${first.table}.${parts.map((p) => p.to).join(',')}` +
        ` on delete ${first.on_delete.toLowerCase()} on update ${first.on_update.toLowerCase()}`
      );
    });
    const triggers = master
      .filter((m) => m.type === 'trigger' && m.tableName === table)
      .map((m) => {
        const head = /\b(before|after|instead of)\s+(insert|update|delete)\b/i.exec(m.sql);
        const message = /raise\s*\(\s*abort\s*,\s*'([^']*)'\s*\)/i.exec(m.sql);
        return {
          name: m.name,
          timing: head![1]!.toUpperCase(),
          event: head![2]!.toUpperCase(),
          message: message ? message[1]! : null,
        };
      });
    schema[table] = {
      columns: byName(columns),
      primaryKey,
      indexes: byName(indexes),
      foreignKeys: foreignKeys.sort(),
      checks: sqliteChecks(table, sql),
      triggers: byName(triggers),
    };
  }
  return schema;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: information_schema for columns, pg_catalog for the rest (schema `public`).

function pgType(dataType: string): Column['type'] {
  if (['integer', 'bigint', 'smallint'].includes(dataType)) return 'integer';
  if (dataType === 'text') return 'text';
  if (dataType === 'boolean') return 'boolean';
  if (dataType === 'bytea') return 'blob';
  if (dataType === 'double precision' || dataType === 'real') return 'real';
  throw new Error(`unexpected PostgreSQL column type ${dataType}`);
}

const FK_ACTIONS: Record<string, string> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

/** pg_trigger.tgtype bits: 2 BEFORE, 64 INSTEAD OF, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE. */
function triggerShape(tgtype: number): { timing: string; event: string } {
  const timing = tgtype & 2 ? 'BEFORE' : tgtype & 64 ? 'INSTEAD OF' : 'AFTER';
  const events = [
    [4, 'INSERT'],
    [8, 'DELETE'],
    [16, 'UPDATE'],
    [32, 'TRUNCATE'],
  ] as const;
  return {
    timing,
    event: events
      .filter(([bit]) => tgtype & bit)
      .map(([, e]) => e)
      .join(' OR '),
  };
}

export async function readPgSchema(client: pg.Client | pg.Pool): Promise<Schema> {
  const q = async <T>(text: string): Promise<T[]> => (await client.query(text)).rows as T[];
  const tables = await q<{ table: string }>(`
    select table_name as table from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const columns = await q<{
    table: string;
    name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(`
    select table_name as table, column_name as name, data_type, is_nullable, column_default, is_identity
    from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`);
  const indexes = await q<{
    table: string;
    name: string;
    unique: boolean;
    primary: boolean;
    columns: string[];
    where: string | null;
  }>(`
    select t.relname as table, i.relname as name, x.indisunique as unique, x.indisprimary as primary,
      array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum order by k.n)::text[] as columns,
      pg_get_expr(x.indpred, x.indrelid) as where
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace s on s.oid = t.relnamespace where s.nspname = 'public'`);
  const constraints = await q<{
    table: string;
    name: string;
    type: string;
    definition: string;
    columns: string[];
    target: string | null;
    target_columns: string[] | null;
    on_delete: string;
    on_update: string;
  }>(`
    select t.relname as table, c.conname as name, c.contype as type,
      pg_get_constraintdef(c.oid) as definition,
      array(select a.attname from unnest(c.conkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n)::text[] as columns,
      f.relname as target,
      array(select a.attname from unnest(c.confkey) with ordinality k(attnum, n)
            join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n)::text[] as target_columns,
      c.confdeltype as on_delete, c.confupdtype as on_update
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    join pg_namespace s on s.oid = t.relnamespace left join pg_class f on f.oid = c.confrelid
    where s.nspname = 'public' and c.contype in ('c', 'f')`);
  const triggers = await q<{
    table: string;
    name: string;
    tgtype: number;
    args: string;
    source: string;
  }>(`
    select t.relname as table, g.tgname as name, g.tgtype::int as tgtype,
      encode(g.tgargs, 'escape') as args, p.prosrc as source
    from pg_trigger g join pg_class t on t.oid = g.tgrelid join pg_proc p on p.oid = g.tgfoid
    join pg_namespace s on s.oid = t.relnamespace where s.nspname = 'public' and not g.tgisinternal`);

  const schema: Schema = {};
  for (const { table } of tables) {
    if (table.startsWith('__drizzle')) continue;
    const own = <T extends { table: string }>(list: T[]) => list.filter((r) => r.table === table);
    schema[table] = {
      columns: byName(
        own(columns).map((c) => ({
          name: c.name,
          type: pgType(c.data_type),
          notNull: c.is_nullable === 'NO',
          default: normalizeDefault(c.column_default),
          identity: c.is_identity === 'YES',
        })),
      ),
      primaryKey: own(indexes).find((i) => i.primary)?.columns ?? [],
      indexes: byName(
        own(indexes)
          .filter((i) => !i.primary)
          .map((i) => ({
            name: i.name,
            unique: i.unique,
            columns: i.columns,
            where: i.where === null ? null : normalizeExpression(i.where, table),
          })),
      ),
      foreignKeys: own(constraints)
        .filter((c) => c.type === 'f')
        .map(
          (c) =>
            `${c.columns.join(',')} -> ${c.target}.${c.target_columns!.join(',')}` +
            ` on delete ${FK_ACTIONS[c.on_delete]} on update ${FK_ACTIONS[c.on_update]}`,
        )
        .sort(),
      checks: byName(
        own(constraints)
          .filter((c) => c.type === 'c')
          .map((c) => ({
            name: c.name,
            expression: normalizeExpression(c.definition.replace(/^check\s*/i, ''), table),
          })),
      ),
      triggers: byName(
        own(triggers).map((t) => {
          // The message: the trigger's argument (refuse_change) or the function's RAISE text.
          const argument = t.args.split('\\000').find((a) => a !== '');
          const raised = /raise\s+exception\s+'([^'%]*)'/i.exec(t.source);
          return {
            name: t.name,
            ...triggerShape(t.tgtype),
            message: argument ?? (raised ? raised[1]! : null),
          };
        }),
      ),
    };
  }
  return schema;
}
