// The PostgreSQL tables, one file per SQLite file in db/sqlite/schema with the same names and
// JavaScript value types; db/schema/index.ts picks these when DATABASE_URL is postgres://.
export * from './users';
export * from './network';
export * from './booking';
export * from './wallet';
export * from './ledger';
export * from './notifications';
export * from './payments';
export * from './sandbox-bank';
export * from './tickets';
export * from './payouts';
