import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { kycRequests, wallets } from '@/db/schema';
import { now } from '@/lib/clock';
import { env } from '@/lib/env';
import { checkNik, type NikCheck } from '@/lib/identity/nik';
import { log } from '@/lib/log';
import { imageProblem, imageTypeOf } from './image-type';

export type PremiumRefusal =
  | 'wallet_inactive'
  | 'already_premium'
  | 'kyc_pending'
  | `nik_${Extract<NikCheck, { ok: false }>['reason']}`
  | NonNullable<ReturnType<typeof imageProblem>>;
export type PremiumResult =
  { ok: true } | { ok: false; code: PremiumRefusal; field?: 'idNumber' | 'idPhoto' | 'selfie' };

/** Where KYC images live: under DATA_DIR, never under public/, served to admins only by a route handler. */
export function kycDir(): string {
  return path.resolve(env().DATA_DIR, 'kyc');
}

function store(bytes: Uint8Array): string {
  const name = `${crypto.randomBytes(16).toString('hex')}.bin`;
  fs.mkdirSync(kycDir(), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(kycDir(), name), bytes, { mode: 0o600, flag: 'wx' });
  return name;
}

/**
 * A Premium upgrade request: the NIK (checked against the wallet's birth date), an ID photo and a
 * selfie (JPEG/PNG by magic bytes, at most 2 MB each). Only an active Regular wallet with no request
 * already waiting may ask.
 */
export async function submitPremium(
  userId: number,
  input: { idNumber: string; idPhoto: Uint8Array; selfie: Uint8Array },
): Promise<PremiumResult> {
  const [w] = await getDb()
    .select({ step: wallets.step, tier: wallets.tier, birthDate: wallets.birthDate })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .limit(1);
  if (w?.step !== 'active') return { ok: false, code: 'wallet_inactive' };
  if (w.tier === 'premium') return { ok: false, code: 'already_premium' };
  const nik = checkNik(input.idNumber.trim(), w.birthDate);
  if (!nik.ok) return { ok: false, code: `nik_${nik.reason}`, field: 'idNumber' };
  for (const field of ['idPhoto', 'selfie'] as const) {
    const problem = imageProblem(input[field]);
    if (problem) return { ok: false, code: problem, field };
  }
  // The files are written before the transaction (no file work while it holds the lock).
  const files = { id: store(input.idPhoto), selfie: store(input.selfie) };
  const inserted = await inTransaction((tx) =>
    tx
      .insert(kycRequests)
      .values({
        userId,
        idNumber: input.idNumber.trim(),
        idPhotoFile: files.id,
        idPhotoType: imageTypeOf(input.idPhoto)!,
        selfieFile: files.selfie,
        selfieType: imageTypeOf(input.selfie)!,
        createdAt: now(),
      })
      .onConflictDoNothing()
      .returning({ id: kycRequests.id }),
  );
  if (inserted.length === 0) {
    // A request is already waiting (the partial unique index said so): keep no orphan files.
    for (const f of Object.values(files)) fs.rmSync(path.join(kycDir(), f), { force: true });
    return { ok: false, code: 'kyc_pending' };
  }
  log.info('kaipay.kyc.submitted', { userId });
  return { ok: true };
}

/** Whether the user has a request waiting (the page shows its status instead of the form). */
export async function hasPendingKyc(userId: number): Promise<boolean> {
  const [pending] = await getDb()
    .select({ id: kycRequests.id })
    .from(kycRequests)
    .where(and(eq(kycRequests.userId, userId), eq(kycRequests.status, 'pending')))
    .limit(1);
  return !!pending;
}
