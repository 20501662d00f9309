export * from './users';
export * from './network';
