import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { knownDevices } from '@/db/schema';
import { now } from '@/lib/clock';

/** How long a browser stays "known" after its last successful login. */
export const KNOWN_DEVICE_TTL_MS = 180 * 24 * 60 * 60_000;
const MAX_DEVICES_PER_USER = 10;

export const hashDeviceToken = (token: string) =>
  crypto.createHash('sha256').update(token).digest('hex');

/**
 * The hash of `token` when it is a live known device of this user, else null. A token of another
 * user, an expired one or garbage all count as an unknown device.
 */
export async function knownDeviceOf(
  userId: number,
  token: string | undefined,
): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const hash = hashDeviceToken(token);
  const [row] = await getDb()
    .select({ lastUsedAt: knownDevices.lastUsedAt })
    .from(knownDevices)
    .where(and(eq(knownDevices.userId, userId), eq(knownDevices.tokenHash, hash)))
    .limit(1);
  return row && row.lastUsedAt > now() - KNOWN_DEVICE_TTL_MS ? hash : null;
}

/**
 * After a successful login: refreshes a known device, or remembers this browser with a new random
 * token (returned once; only its SHA-256 is kept). Keeps the newest few devices per user.
 */
export async function rememberDevice(
  userId: number,
  knownHash: string | null,
): Promise<string | null> {
  const t = now();
  if (knownHash) {
    await inTransaction(async (tx) => {
      await tx
        .update(knownDevices)
        .set({ lastUsedAt: t })
        .where(eq(knownDevices.tokenHash, knownHash));
    });
    return null;
  }
  const token = crypto.randomBytes(32).toString('base64url');
  await inTransaction(async (tx) => {
    await tx
      .insert(knownDevices)
      .values({ userId, tokenHash: hashDeviceToken(token), createdAt: t, lastUsedAt: t });
    const keep = await tx
      .select({ id: knownDevices.id })
      .from(knownDevices)
      .where(eq(knownDevices.userId, userId))
      .orderBy(desc(knownDevices.lastUsedAt), desc(knownDevices.id))
      .limit(MAX_DEVICES_PER_USER);
    await tx.delete(knownDevices).where(
      and(
        eq(knownDevices.userId, userId),
        notInArray(
          knownDevices.id,
          keep.map((r) => r.id),
        ),
      ),
    );
  });
  return token;
}
