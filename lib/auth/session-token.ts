import 'server-only';
import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';

/** What a session token says: who, and which session version it was issued under. */
export type SessionClaims = { userId: number; sessionVersion: number };

/**
 * Whether Auth.js's cookies are `Secure` and `__Secure-` prefixed: decided by APP_URL, as for our
 * own cookies (cookies.ts), and passed to Auth.js as `useSecureCookies` (next-auth.ts), so the name
 * it writes at sign-in is the name read here. Left to itself, Auth.js would decide per request from
 * the X-Forwarded-Proto header.
 */
export function secureCookies(): boolean {
  return env().APP_URL.startsWith('https:');
}

/**
 * The session cookie's name (@auth/core's defaultCookies), which is also the salt of its encryption
 * key (@auth/core/jwt). Only this one name is read: on https a plain-named cookie, which any
 * subdomain or plain-http page could plant, must not stand in for the `__Secure-` one.
 */
export function sessionCookieName(): string {
  return `${secureCookies() ? '__Secure-' : ''}authjs.session-token`;
}

/**
 * The session of the current request from Auth.js's session cookie, or null (no cookie, or one that
 * is expired, forged, tampered with or malformed: never an exception). This is what Auth.js's
 * `auth()` read, without running its whole session action for every request: that action also
 * encrypted a refreshed token whose cookie was never set from a page or an action, so nothing is
 * lost. A token is decrypted once and its claims kept (see `remembered`).
 */
export async function readSessionToken(): Promise<SessionClaims | null> {
  const name = sessionCookieName();
  const token = joinChunks((await cookies()).getAll(), name);
  if (!token) return null;
  // Keyed by the name too: it is the decryption's salt, so a token is only ever known under it.
  const key = `${name}=${token}`;
  const known = recall(key);
  if (known !== undefined) return known;
  const claims = await decrypt(token, name);
  if (claims) remember(key, claims);
  return claims && { userId: claims.userId, sessionVersion: claims.sessionVersion };
}

/**
 * The token as @auth/core's SessionStore assembles it: every non-empty cookie whose name starts with
 * the session cookie's, joined in the numeric order of their `.0`, `.1`... suffixes (Auth.js splits
 * a token past ~4 kB). Where Auth.js's join would mix the whole cookie with chunks, or take in some
 * other name with that prefix, its result does not decrypt; here that is null before any decryption.
 */
function joinChunks(all: { name: string; value: string }[], name: string): string | null {
  const found = all.filter((c) => c.name.startsWith(name) && c.value);
  if (found.length === 1 && found[0]!.name === name) return found[0]!.value;
  const chunks: [number, string][] = [];
  for (const c of found) {
    const suffix = c.name.slice(name.length);
    if (!/^\.\d+$/.test(suffix)) return null;
    chunks.push([Number(suffix.slice(1)), c.value]);
  }
  if (chunks.length === 0) return null;
  return chunks
    .sort((a, b) => a[0] - b[0])
    .map(([, value]) => value)
    .join('');
}

type Decrypted = SessionClaims & { exp: number };

/** Decrypts and checks the token as Auth.js does (its key, the cookie name as salt, `exp`). */
async function decrypt(token: string, name: string): Promise<Decrypted | null> {
  try {
    const payload = await decode({ token, secret: env().AUTH_SECRET, salt: name });
    const { sub, sv, exp } = payload ?? {};
    // `sub` is the user id Auth.js took from `authorize`; `sv` the session version the jwt callback
    // in next-auth.ts added at sign-in; `exp` set by Auth.js's encode (7 days).
    if (typeof sub !== 'string' || !/^[1-9]\d{0,15}$/.test(sub)) return null;
    const userId = Number(sub);
    if (!Number.isSafeInteger(userId)) return null;
    if (typeof sv !== 'number' || !Number.isSafeInteger(sv)) return null;
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
    return { userId, sessionVersion: sv, exp };
  } catch {
    // Wrong key, tampered, expired, not a JWE at all: anonymous, as Auth.js made it.
    return null;
  }
}

/** How many decrypted tokens are kept: about one per browser active in the last while. */
const CAPACITY = 5000;
/** Auth.js's decode accepts a token up to 15 s past its `exp` (jose's clockTolerance). */
const CLOCK_TOLERANCE_S = 15;

/**
 * Decrypted tokens by their cookie's exact name and text, least recently used first (a Map keeps insertion order).
 * Only tokens that decrypted are kept: a failure is not remembered, so junk cookies cannot push
 * real sessions out. The key and the cookie name are fixed for the life of the process (env()).
 */
const remembered = new Map<string, Decrypted>();

/** The claims of a token seen before (under its name), null if expired, undefined if unknown. */
function recall(key: string): SessionClaims | null | undefined {
  const claims = remembered.get(key);
  if (!claims) return undefined;
  remembered.delete(key);
  // jose's rule, against the clock now: expired once exp <= now - tolerance (whole seconds).
  if (claims.exp <= Math.floor(Date.now() / 1000) - CLOCK_TOLERANCE_S) return null;
  remembered.set(key, claims);
  return { userId: claims.userId, sessionVersion: claims.sessionVersion };
}

function remember(key: string, claims: Decrypted): void {
  if (remembered.size >= CAPACITY) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, claims);
}
