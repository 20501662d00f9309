import type crypto from 'node:crypto';
import { z } from 'zod';
import { REVOCATION_REASONS } from '@/db/sqlite/schema/tickets';
import { seal, unseal } from './envelope';

const EntrySchema = z.strictObject({
  /** revocation version (the row id): increases with every revocation */ version: z
    .number()
    .int()
    .positive(),
  number: z.string().min(1).max(40),
  reason: z.enum(REVOCATION_REASONS),
  /** epoch ms: after this the ticket's own window has ended, so the entry may be dropped */ validUntil:
    z.number().int().nonnegative(),
});

/**
 * A revocation list as a gate keeps it. `since` 0 is a full list; otherwise it holds only the entries
 * after version `since` (a delta), to be merged into the list the gate already has.
 */
export const RevocationListSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  since: z.number().int().nonnegative(),
  /** epoch ms when the server signed it; a gate refuses to decide on a list older than it allows */ issuedAt:
    z.number().int().nonnegative(),
  entries: z.array(EntrySchema).max(200_000),
});
export type RevocationList = z.infer<typeof RevocationListSchema>;
export type RevocationEntry = z.infer<typeof EntrySchema>;

/** Signed with the ticket key under its own prefix, so a boarding pass signature never passes as a list. */
const PREFIX = 'KAIREV1';

/** "KAIREV1.<list base64url>.<Ed25519 signature base64url>" */
export function signRevocationList(list: RevocationList, privateKey: crypto.KeyObject): string {
  return seal(PREFIX, list, privateKey);
}

/** The list inside a genuine signed envelope, or null when its signature or shape is wrong. */
export function openRevocationList(
  text: string,
  publicKey: crypto.KeyObject,
): RevocationList | null {
  const parsed = RevocationListSchema.safeParse(unseal(PREFIX, text, publicKey, 20_000_000));
  if (!parsed.success) return null;
  const list = parsed.data;
  const ordered = list.entries.every((e) => e.version > list.since && e.version <= list.version);
  return ordered && list.since <= list.version ? list : null;
}

/**
 * A gate's list after applying a delta it fetched with `since=<its version>`. Null when the delta
 * does not continue this list (it starts after our version, or goes backwards): fetch a full list.
 */
export function mergeRevocations(
  base: RevocationList,
  delta: RevocationList,
): RevocationList | null {
  if (delta.since > base.version || delta.version < base.version) return null;
  const byNumber = new Map(base.entries.map((e) => [e.number, e]));
  for (const e of delta.entries) byNumber.set(e.number, e);
  return {
    version: delta.version,
    since: base.since,
    issuedAt: delta.issuedAt,
    entries: [...byNumber.values()].sort((a, b) => a.version - b.version),
  };
}
