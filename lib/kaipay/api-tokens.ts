import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { apiTokens } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import type { Tx } from '@/lib/transaction';

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
export const MAX_TOKENS = 5;

/** Creates a personal API token; the token itself is returned once and only its SHA-256 is kept. */
export function createApiToken(
  userId: number,
  name: string,
): { ok: true; token: string } | { ok: false; code: 'token_limit' } {
  const active = getDb()
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .all();
  if (active.length >= MAX_TOKENS) return { ok: false, code: 'token_limit' };
  const token = `kai_${crypto.randomBytes(32).toString('base64url')}`;
  getDb()
    .insert(apiTokens)
    .values({ userId, name, tokenHash: sha256(token), hint: token.slice(-4), createdAt: now() })
    .run();
  log.info('kaipay.api_token.created', { userId });
  return { ok: true, token };
}

export type TokenRow = {
  id: number;
  name: string;
  hint: string;
  createdAt: number;
  lastUsedAt: number | null;
};

/** The caller's tokens that still work. */
export function listApiTokens(userId: number): TokenRow[] {
  return getDb()
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      hint: apiTokens.hint,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.id))
    .all();
}

/** Revokes one of the caller's own tokens (someone else's id changes nothing). */
export function revokeApiToken(userId: number, id: number): boolean {
  return (
    getDb()
      .update(apiTokens)
      .set({ revokedAt: now() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .run().changes === 1
  );
}

type Db = ReturnType<typeof getDb>;

/**
 * Revokes every live token of the user. Called with the session-version bump (log out everywhere,
 * password change) inside its transaction, so a token never outlives the sessions it stands beside.
 */
export function revokeAllApiTokens(userId: number, tx: Db | Tx = getDb()): number {
  const { changes } = tx
    .update(apiTokens)
    .set({ revokedAt: now() })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .run();
  if (changes > 0) log.info('kaipay.api_token.revoked_all', { userId, count: changes });
  return changes;
}

/** The owner of a live token, or null. Lookup is by hash, so timing reveals nothing about other tokens. */
export function userForToken(token: string): number | null {
  const row = getDb()
    .update(apiTokens)
    .set({ lastUsedAt: now() })
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
    .returning({ userId: apiTokens.userId })
    .get();
  return row?.userId ?? null;
}
