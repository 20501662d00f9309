export * from './users';
export * from './network';
export * from './booking';
// Feature schemas (wallet/ledger, payments) are added here, one file per domain.
export * from './wallet';
export * from './ledger';
export * from './notifications';
export * from './payments';
export * from './sandbox-bank';
export * from './tickets';
export * from './payouts';
