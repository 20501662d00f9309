import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { apiTokens } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import type { Tx } from '@/lib/transaction';

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
export const MAX_TOKENS = 5;

/**
 * Creates a personal API token; the token itself is returned once and only its SHA-256 is kept.
 * The count and the insert share one transaction, so parallel requests cannot pass the limit.
 */
export async function createApiToken(
  userId: number,
  name: string,
): Promise<{ ok: true; token: string } | { ok: false; code: 'token_limit' }> {
  const token = `kai_${crypto.randomBytes(32).toString('base64url')}`;
  const created = await inTransaction(async (tx) => {
    const active = await tx
      .select({ id: apiTokens.id })
      .from(apiTokens)
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
    if (active.length >= MAX_TOKENS) return false;
    await tx
      .insert(apiTokens)
      .values({ userId, name, tokenHash: sha256(token), hint: token.slice(-4), createdAt: now() });
    return true;
  });
  if (!created) return { ok: false, code: 'token_limit' };
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
export function listApiTokens(userId: number): Promise<TokenRow[]> {
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
    .orderBy(desc(apiTokens.id));
}

/** Revokes one of the caller's own tokens (someone else's id changes nothing). */
export async function revokeApiToken(userId: number, id: number): Promise<boolean> {
  const revoked = await inTransaction((tx) =>
    tx
      .update(apiTokens)
      .set({ revokedAt: now() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id }),
  );
  return revoked.length === 1;
}

/**
 * Revokes every live token of the user. Called with the session-version bump (log out everywhere,
 * password change) inside its transaction, so a token never outlives the sessions it stands beside.
 * Without a transaction given, it runs in one of its own.
 */
export async function revokeAllApiTokens(userId: number, tx?: Tx): Promise<number> {
  const revoke = (db: Tx) =>
    db
      .update(apiTokens)
      .set({ revokedAt: now() })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
  const revoked = tx ? await revoke(tx) : await inTransaction(revoke);
  if (revoked.length > 0)
    log.info('kaipay.api_token.revoked_all', { userId, count: revoked.length });
  return revoked.length;
}

/** The owner of a live token, or null. Lookup is by hash, so timing reveals nothing about other tokens. */
export async function userForToken(token: string): Promise<number | null> {
  const [row] = await inTransaction((tx) =>
    tx
      .update(apiTokens)
      .set({ lastUsedAt: now() })
      .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)))
      .returning({ userId: apiTokens.userId }),
  );
  return row?.userId ?? null;
}
