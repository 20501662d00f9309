import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cacheStatements } from './statement-cache';

describe('the SQLite statement cache', () => {
  it('compiles a SQL text once and hands it back out of raw mode', () => {
    const db = new Database(':memory:');
    cacheStatements(db);
    db.exec('create table t (id integer primary key, name text)');
    db.prepare('insert into t (name) values (?)').run('a');
    db.prepare('insert into t (name) values (?)').run('b');
    const text = 'select id, name from t order by id';
    // Drizzle asks for arrays with raw() on some calls and for objects on others, same text.
    expect(db.prepare(text).raw().all()).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(db.prepare(text).all()).toEqual([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect(db.prepare(text)).toBe(db.prepare(text));
    db.close();
  });

  it('sees writes made after the statement was compiled', () => {
    const db = new Database(':memory:');
    cacheStatements(db);
    db.exec('create table t (id integer primary key)');
    const count = () => (db.prepare('select count(*) as n from t').get() as { n: number }).n;
    expect(count()).toBe(0);
    db.prepare('insert into t default values').run();
    expect(count()).toBe(1);
    db.close();
  });
});
