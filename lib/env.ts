import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';
import { parseTrustedProxies } from './client-address';
import { DEFAULT_DATABASE_PATH } from '@/db/path';

/**
 * All configuration, read once and validated. `APP_ENV=production` demands real secrets;
 * otherwise development secrets are generated on first run and kept in `data/secrets.json`
 * (NODE_ENV is not used for this because `next start` always sets it to "production").
 */
const EnvSchema = z.object({
  APP_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The SQLite file, used unless DATABASE_URL names a PostgreSQL database (db/engine.ts decides).
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE_PATH),
  // Empty counts as unset; anything else must be what db/engine.ts takes for PostgreSQL (a socket
  // URL such as postgres:///kai?host=/run/postgresql included), never silently ignored.
  DATABASE_URL: z
    .union([
      z.literal('').transform(() => undefined),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// or postgresql:// URL' }),
    ])
    .optional(),
  DATA_DIR: z.string().min(1).default('data'),
  AUTH_SECRET: z.string().min(32).optional(),
  PIN_PEPPER: z.string().min(32).optional(),
  PAYMENT_SERVER_KEY: z.string().min(16).optional(),
  TICKET_SIGNING_KEY: z.string().min(32).optional(),
  ADMIN_PASSWORD: z.string().min(12).optional(),
  APP_URL: z.url().optional(),
  // No default here: it depends on APP_ENV (off in production unless turned on explicitly).
  SANDBOX: z.enum(['on', 'off']).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Proxies whose X-Forwarded-For is believed (IPs or CIDR ranges, comma-separated); none by default.
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .refine((v) => isProxyList(v), { error: 'not a list of IP addresses or CIDR ranges' }),
  // Per client address and hour: registrations started and holds made (issue 9.12). An operator
  // behind a large NAT (or a test run from one address) may raise them.
  REGISTRATIONS_PER_IP_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  HOLDS_PER_IP_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
});

const SECRET_NAMES = [
  'AUTH_SECRET',
  'PIN_PEPPER',
  'PAYMENT_SERVER_KEY',
  'TICKET_SIGNING_KEY',
] as const;
type SecretName = (typeof SECRET_NAMES)[number];

export type Env = Omit<z.infer<typeof EnvSchema>, SecretName | 'APP_URL' | 'SANDBOX'> &
  Record<SecretName, string> & { APP_URL: string; SANDBOX: 'on' | 'off' };

let cached: Env | undefined;

/** Validated configuration; throws with every problem listed when the environment is wrong. */
export function env(): Env {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const raw = parsed.data;
  const missing = SECRET_NAMES.filter((name) => !raw[name]);
  if (raw.APP_ENV === 'production' && missing.length > 0) {
    throw new Error(`APP_ENV=production needs real secrets; missing: ${missing.join(', ')}`);
  }
  // Cookies (Auth.js's session among them) are Secure and `__Secure-` named exactly when APP_URL
  // is https: a production server behind TLS must say so, or sessions would travel in plain cookies.
  if (raw.APP_ENV === 'production' && !raw.APP_URL?.startsWith('https://')) {
    throw new Error('APP_ENV=production needs APP_URL, the https:// address passengers use');
  }
  const generated = missing.length > 0 ? developmentSecrets(raw.DATA_DIR) : undefined;
  const secrets = Object.fromEntries(
    SECRET_NAMES.map((name) => [name, raw[name] ?? generated![name]]),
  ) as Record<SecretName, string>;
  cached = {
    ...raw,
    ...secrets,
    APP_URL: raw.APP_URL ?? `http://127.0.0.1:${raw.PORT}`,
    // The sandbox pays any VA and shows every phone's OTPs: a production server must ask for it.
    SANDBOX: raw.SANDBOX ?? (raw.APP_ENV === 'production' ? 'off' : 'on'),
  };
  return cached;
}

/** Random secrets made once per data directory, so sessions survive restarts in development. */
function developmentSecrets(dataDir: string): Record<SecretName, string> {
  const file = path.join(dataDir, 'secrets.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<SecretName, string>;
  } catch {
    const made = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, crypto.randomBytes(32).toString('base64url')]),
    ) as Record<SecretName, string>;
    fs.mkdirSync(dataDir, { recursive: true });
    // Written whole to a file of our own, then linked into place: the link appears complete or not
    // at all and fails if another process got there first, so processes starting together agree
    // on one set of secrets and none reads a half-written file.
    const mine = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`;
    fs.writeFileSync(mine, JSON.stringify(made, null, 2), { mode: 0o600 });
    try {
      fs.linkSync(mine, file);
      return made;
    } catch {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<SecretName, string>;
    } finally {
      fs.rmSync(mine, { force: true });
    }
  }
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

function isProxyList(list: string): boolean {
  try {
    parseTrustedProxies(list);
    return true;
  } catch {
    return false;
  }
}
