import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { auditLog, kycRequests, users, wallets } from '@/db/schema';
import { now } from '@/lib/clock';
import { log } from '@/lib/log';
import { sendMessage } from '@/lib/notify/sender';
import { tierLimits } from '@/lib/wallet/tiers';
import { kycDir } from './premium';

export type PendingKyc = {
  id: number;
  userId: number;
  name: string;
  email: string;
  idNumber: string;
  walletName: string;
  createdAt: number;
};

/** The review queue, oldest first. For admin pages only (the caller checks requireAdmin). */
export function pendingKyc(): Promise<PendingKyc[]> {
  return getDb()
    .select({
      id: kycRequests.id,
      userId: kycRequests.userId,
      name: users.fullName,
      email: users.email,
      idNumber: kycRequests.idNumber,
      walletName: wallets.fullName,
      createdAt: kycRequests.createdAt,
    })
    .from(kycRequests)
    .innerJoin(users, eq(users.id, kycRequests.userId))
    .innerJoin(wallets, eq(wallets.userId, kycRequests.userId))
    .where(eq(kycRequests.status, 'pending'))
    .orderBy(asc(kycRequests.id));
}

export type Decision =
  { requestId: number; approve: true } | { requestId: number; approve: false; reason: string };

/**
 * Approves (raising the wallet to Premium and its limits) or rejects (with a reason) one waiting
 * request, in one serializable transaction with an audit_log row. A request decided already is refused.
 */
export async function decideKyc(
  adminId: number,
  decision: Decision,
): Promise<{ ok: true } | { ok: false; code: 'kyc_not_pending' }> {
  const result = await inTransaction(async (tx) => {
    const t = now();
    const [req] = await tx
      .update(kycRequests)
      .set({
        status: decision.approve ? 'approved' : 'rejected',
        reason: decision.approve ? null : decision.reason,
        decidedAt: t,
        decidedBy: adminId,
      })
      .where(and(eq(kycRequests.id, decision.requestId), eq(kycRequests.status, 'pending')))
      .returning({ userId: kycRequests.userId });
    if (!req) return null;
    const [w] = await tx
      .select({ tier: wallets.tier, phone: wallets.phone })
      .from(wallets)
      .where(eq(wallets.userId, req.userId))
      .limit(1);
    if (!w) throw new Error(`KYC request ${decision.requestId} has no wallet`);
    if (decision.approve) {
      await tx
        .update(wallets)
        .set({ tier: 'premium', ...(await tierLimits('premium', tx)) })
        .where(eq(wallets.userId, req.userId));
    }
    await tx.insert(auditLog).values({
      actorUserId: adminId,
      action: decision.approve ? 'kaipay.kyc.approve' : 'kaipay.kyc.reject',
      subject: `kyc_request:${decision.requestId}`,
      detail: JSON.stringify({
        userId: req.userId,
        before: { tier: w.tier },
        after: { tier: decision.approve ? 'premium' : w.tier },
        reason: decision.approve ? undefined : decision.reason,
      }),
      createdAt: t,
    });
    return { phone: w.phone };
  });
  if (!result) return { ok: false, code: 'kyc_not_pending' };
  log.info('kaipay.kyc.decided', {
    adminId,
    requestId: decision.requestId,
    approve: decision.approve,
  });
  await sendMessage({
    phone: result.phone,
    body: decision.approve
      ? 'Selamat! KAIPay Anda kini Premium: saldo maksimal Rp 20.000.000.'
      : `Pengajuan KAIPay Premium Anda ditolak: ${decision.reason}`,
  });
  return { ok: true };
}

/** One KYC image for the admin route handler, or null when there is none. */
export async function kycImage(
  requestId: number,
  kind: 'id' | 'selfie',
): Promise<{ bytes: Buffer; type: string } | null> {
  const [row] = await getDb()
    .select({
      idFile: kycRequests.idPhotoFile,
      idType: kycRequests.idPhotoType,
      selfieFile: kycRequests.selfieFile,
      selfieType: kycRequests.selfieType,
    })
    .from(kycRequests)
    .where(eq(kycRequests.id, requestId))
    .limit(1);
  if (!row) return null;
  const [file, type] = kind === 'id' ? [row.idFile, row.idType] : [row.selfieFile, row.selfieType];
  // Stored names are random hex made by us; basename() keeps any surprise inside the KYC folder.
  const full = path.join(kycDir(), path.basename(file));
  return fs.existsSync(full) ? { bytes: fs.readFileSync(full), type } : null;
}
