export * from './users';
export * from './network';
// Feature schemas (booking, wallet/ledger, payments) are added here, one file per domain.
