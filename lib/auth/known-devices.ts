import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, notInArray } from 'drizzle-orm';
import { getDb } from '@/db';
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
export function knownDeviceOf(userId: number, token: string | undefined): string | null {
  if (!token || token.length > 100) return null;
  const hash = hashDeviceToken(token);
  const row = getDb()
    .select({ lastUsedAt: knownDevices.lastUsedAt })
    .from(knownDevices)
    .where(and(eq(knownDevices.userId, userId), eq(knownDevices.tokenHash, hash)))
    .get();
  return row && row.lastUsedAt > now() - KNOWN_DEVICE_TTL_MS ? hash : null;
}

/**
 * After a successful login: refreshes a known device, or remembers this browser with a new random
 * token (returned once; only its SHA-256 is kept). Keeps the newest few devices per user.
 */
export function rememberDevice(userId: number, knownHash: string | null): string | null {
  const t = now();
  const db = getDb();
  if (knownHash) {
    db.update(knownDevices)
      .set({ lastUsedAt: t })
      .where(eq(knownDevices.tokenHash, knownHash))
      .run();
    return null;
  }
  const token = crypto.randomBytes(32).toString('base64url');
  db.insert(knownDevices)
    .values({ userId, tokenHash: hashDeviceToken(token), createdAt: t, lastUsedAt: t })
    .run();
  const keep = db
    .select({ id: knownDevices.id })
    .from(knownDevices)
    .where(eq(knownDevices.userId, userId))
    .orderBy(desc(knownDevices.lastUsedAt), desc(knownDevices.id))
    .limit(MAX_DEVICES_PER_USER)
    .all()
    .map((r) => r.id);
  db.delete(knownDevices)
    .where(and(eq(knownDevices.userId, userId), notInArray(knownDevices.id, keep)))
    .run();
  return token;
}
