import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db';
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
export function submitPremium(
  userId: number,
  input: { idNumber: string; idPhoto: Uint8Array; selfie: Uint8Array },
): PremiumResult {
  const w = getDb()
    .select({ step: wallets.step, tier: wallets.tier, birthDate: wallets.birthDate })
    .from(wallets)
    .where(eq(wallets.userId, userId))
    .get();
  if (w?.step !== 'active') return { ok: false, code: 'wallet_inactive' };
  if (w.tier === 'premium') return { ok: false, code: 'already_premium' };
  const nik = checkNik(input.idNumber.trim(), w.birthDate);
  if (!nik.ok) return { ok: false, code: `nik_${nik.reason}`, field: 'idNumber' };
  for (const field of ['idPhoto', 'selfie'] as const) {
    const problem = imageProblem(input[field]);
    if (problem) return { ok: false, code: problem, field };
  }
  const files = { id: store(input.idPhoto), selfie: store(input.selfie) };
  const inserted = getDb()
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
    .run();
  if (inserted.changes === 0) {
    // A request is already waiting (the partial unique index said so): keep no orphan files.
    for (const f of Object.values(files)) fs.rmSync(path.join(kycDir(), f), { force: true });
    return { ok: false, code: 'kyc_pending' };
  }
  log.info('kaipay.kyc.submitted', { userId });
  return { ok: true };
}

/** Whether the user has a request waiting (the page shows its status instead of the form). */
export function hasPendingKyc(userId: number): boolean {
  return !!getDb()
    .select({ id: kycRequests.id })
    .from(kycRequests)
    .where(and(eq(kycRequests.userId, userId), eq(kycRequests.status, 'pending')))
    .get();
}
