import type crypto from 'node:crypto';
import type { RevocationList } from './revocation-list';
import { verifyTicket, type TicketClaims } from './signing';

/** A gate refuses to decide on a revocation list older than this (it must sync first). */
export const MAX_REVOCATION_LIST_AGE_MS = 6 * 60 * 60_000;

export type GateRefusal =
  | 'bad_signature'
  | 'revocation_list_stale'
  | 'revoked'
  | 'not_yet_valid'
  | 'expired'
  | 'wrong_date'
  | 'wrong_train'
  | 'wrong_station';
export type GateDecision =
  | { accept: true; claims: TicketClaims }
  | { accept: false; reason: 'bad_signature' | 'revocation_list_stale'; claims?: TicketClaims }
  | { accept: false; reason: Exclude<GateRefusal, 'bad_signature'>; claims: TicketClaims };

export type GateCheckInput = {
  /** the scanned QR text */
  payload: string;
  /** the ticket public key installed on the gate */
  publicKey: crypto.KeyObject;
  /** the gate's latest list, from openRevocationList (and mergeRevocations for deltas) */
  revocations: RevocationList;
  /** the gate's clock, epoch ms */
  at: number;
  /** what this gate boards; any field left out is not checked */
  expect?: { serviceDate?: string; trainNumber?: string; stationCode?: string };
  maxListAgeMs?: number;
};

/**
 * The decision an offline gate makes, with nothing but the public key, its revocation list and its
 * clock (pure: no database, no network). A boarding pass exists only once boarding opened, when the
 * booking can no longer be cancelled or rescheduled, so the signature plus the window decide; what was
 * revoked after that (trip cancelled, fraud) is in the signed list.
 */
export function gateCheck(input: GateCheckInput): GateDecision {
  const claims = verifyTicket(input.payload, input.publicKey);
  if (!claims) return { accept: false, reason: 'bad_signature' };
  const list = input.revocations;
  const maxAge = input.maxListAgeMs ?? MAX_REVOCATION_LIST_AGE_MS;
  // An old list may miss a revocation: better a sync than a free ride.
  if (input.at - list.issuedAt > maxAge)
    return { accept: false, reason: 'revocation_list_stale', claims };
  if (list.entries.some((e) => e.number === claims.n))
    return { accept: false, reason: 'revoked', claims };
  if (input.at < claims.nbf * 1000) return { accept: false, reason: 'not_yet_valid', claims };
  if (input.at > claims.exp * 1000) return { accept: false, reason: 'expired', claims };
  const want = input.expect ?? {};
  if (want.serviceDate !== undefined && want.serviceDate !== claims.d)
    return { accept: false, reason: 'wrong_date', claims };
  if (want.trainNumber !== undefined && want.trainNumber !== claims.t)
    return { accept: false, reason: 'wrong_train', claims };
  if (want.stationCode !== undefined && want.stationCode !== claims.o)
    return { accept: false, reason: 'wrong_station', claims };
  return { accept: true, claims };
}
