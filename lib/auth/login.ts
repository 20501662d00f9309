import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { log } from '@/lib/log';
import { consumeAttempt, clearAttempts, releaseAttempt } from '@/lib/rate-limit';
import { normalizeIdentifier, type SessionUser } from './accounts';
import { knownDeviceOf, rememberDevice } from './known-devices';
import { burnPasswordCheck, verifyPassword } from './password';

const MINUTE = 60_000;

/**
 * Guessing limits. Failures count per account (email and phone are one account), never per typed
 * identifier. A stranger's failures slow strangers down but never lock the owner out: the owner's
 * known browsers (a cookie from an earlier login) have their own bucket that nobody else can fill.
 */
export const LOGIN_LIMITS = {
  /** One client address against one account. */
  perAccountClient: { limit: 5, windowMs: 15 * MINUTE },
  /** One account from all unknown devices together: many addresses cannot guess on and on. */
  perAccount: { limit: 20, windowMs: 60 * MINUTE },
  /** One known device of the owner (a stolen cookie gives no more guesses than this). */
  perKnownDevice: { limit: 10, windowMs: 15 * MINUTE },
  /** Generous: many passengers share one address behind carrier-grade NAT; successes are given back. */
  perIp: { limit: 100, windowMs: 15 * MINUTE },
};

export type LoginClient = { ip: string; deviceToken?: string };

export type LoginResult =
  | { ok: true; user: SessionUser; newDeviceToken: string | null }
  | { ok: false; code: 'invalid' | 'rate_limited'; retryAfterSeconds?: number };

/**
 * Checks email-or-phone and password. Unknown accounts take as long as known ones and get the same
 * answer. Attempts are spent before any hash is checked, so parallel guesses cannot slip past a
 * limit; a success gives its attempts back and remembers the browser as a known device.
 */
export async function authenticate(
  identifier: string,
  password: string,
  client: LoginClient,
): Promise<LoginResult> {
  const key = normalizeIdentifier(identifier);
  const [user] = await getDb()
    .select({
      id: users.id,
      name: users.fullName,
      role: users.role,
      sessionVersion: users.sessionVersion,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(key.startsWith('+') ? eq(users.phone, key) : eq(users.email, key))
    .limit(1);
  // Unknown identifiers are counted by what was typed, so probing them costs the same as guessing.
  const account = user ? `user:${user.id}` : `id:${key}`;
  const device = user ? await knownDeviceOf(user.id, client.deviceToken) : null;
  const buckets = device
    ? ([[`login:device:${device}`, LOGIN_LIMITS.perKnownDevice]] as const)
    : ([
        [`login:ip:${client.ip}`, LOGIN_LIMITS.perIp],
        [`login:pair:${account}:${client.ip}`, LOGIN_LIMITS.perAccountClient],
        [`login:account:${account}`, LOGIN_LIMITS.perAccount],
      ] as const);
  for (const [bucket, rule] of buckets) {
    const limit = await consumeAttempt(bucket, rule.limit, rule.windowMs);
    if (!limit.allowed) {
      log.warn('login.rate_limited', { scope: bucket.split(':')[1] });
      return { ok: false, code: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
    }
  }
  if (!user) {
    await burnPasswordCheck(password);
    return { ok: false, code: 'invalid' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    log.info('login.failed', { userId: user.id, knownDevice: device !== null });
    return { ok: false, code: 'invalid' };
  }
  if (device) await clearAttempts(`login:device:${device}`);
  else {
    await releaseAttempt(`login:ip:${client.ip}`);
    await clearAttempts(`login:pair:${account}:${client.ip}`);
    await releaseAttempt(`login:account:${account}`);
  }
  const newDeviceToken = await rememberDevice(user.id, device);
  log.info('login.succeeded', { userId: user.id, knownDevice: device !== null });
  return {
    ok: true,
    user: { id: user.id, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    newDeviceToken,
  };
}
