import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { env } from '@/lib/env';

// argon2id (the library's default algorithm), OWASP baseline cost, keyed with PIN_PEPPER as the
// argon2 secret: a stolen database alone is not enough to brute-force the 10^6 possible PINs.
const options = () => ({
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  secret: Buffer.from(env().PIN_PEPPER),
});

/** Slow, keyed hash of a PIN, in PHC string form. */
export function hashPin(pin: string): Promise<string> {
  return hash(pin, options());
}

/** Whether the PIN matches the hash; false on a malformed hash rather than throwing. */
export async function pinMatches(pinHash: string, pin: string): Promise<boolean> {
  try {
    return await verify(pinHash, pin, options());
  } catch {
    return false;
  }
}
