/**
 * The tables lib queries, for the engine this process runs on. lib is written once against these
 * names; the SQLite declarations give the types, and on PostgreSQL the same names are the pg-core
 * tables with the same columns and JavaScript value types (db/schema-parity.pg-test.ts proves it).
 * Constants and row types come from the SQLite files, which both declarations share.
 */
import * as sqlite from '../sqlite/schema';
import * as pg from '../pg/schema';
import { engine } from '../engine';

export * from '../sqlite/schema';

const chosen = (engine() === 'pg' ? pg : sqlite) as unknown as typeof sqlite;

export const {
  users,
  knownDevices,
  pendingRegistrations,
  rateLimits,
  settings,
  auditLog,
  paymentAccounts,
  bankPayments,
  paymentNotifications,
  paymentFlags,
  paymentReconciliations,
  paymentReconciliationDifferences,
  feePromos,
  refundPayouts,
  sandboxBankAccounts,
  sandboxBankPayments,
  sandboxDeliveries,
  tickets,
  bookingRefunds,
  bookingReschedules,
  ticketRevocations,
  notifications,
  ledgerAccounts,
  ledgerTransfers,
  ledgerEntries,
  bookings,
  bookingPassengers,
  seatSegments,
  bookingLegs,
  bookingLegSeats,
  stations,
  trains,
  trainStops,
  seatLayouts,
  trainCoaches,
  fares,
  trips,
  wallets,
  otpChallenges,
  kycRequests,
  apiTokens,
} = chosen;
