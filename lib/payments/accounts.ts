import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, inTransaction } from '@/db';
import { paymentAccounts, users } from '@/db/schema';
import { now } from '@/lib/clock';
import { numberSetting } from '@/lib/settings';
import { openVaCandidates, VA_FORMATS, type RetailOutlet, type VaBank } from './banks';
import { drawRetailCode } from './retail-code';
import { paymentProvider } from './provider';
import { retailTopUpOrderId } from './order-ids';
import { walletSummary } from '@/lib/wallet/queries';
import { isWalletFrozen } from '@/lib/wallet/payments';

/** Why a top-up number is not given out. */
export type TopUpRefusal =
  'wallet_inactive' | 'wallet_frozen' | 'amount_range' | 'payments_unavailable';

/** Top-ups are for an active KAIPay wallet only (activation first), and not while it is frozen. */
async function walletRefusal(userId: number): Promise<TopUpRefusal | null> {
  if ((await walletSummary(userId))?.step !== 'active') return 'wallet_inactive';
  if (await isWalletFrozen(getDb(), userId)) return 'wallet_frozen';
  return paymentProvider().available ? null : 'payments_unavailable';
}

/**
 * The passenger's open VA at a bank if it was made already (pages read it; they never make it).
 * Inside a transaction it reads that transaction's view.
 */
export async function openVaOf(userId: number, bank: VaBank): Promise<string | null> {
  const [found] = await getDb()
    .select({ number: paymentAccounts.number })
    .from(paymentAccounts)
    .where(
      and(
        eq(paymentAccounts.userId, userId),
        eq(paymentAccounts.bank, bank),
        eq(paymentAccounts.kind, 'open_va'),
      ),
    )
    .limit(1);
  return found?.number ?? null;
}

/**
 * Cara Isi Saldo, choosing a bank: the passenger's static open VA there, made and registered at the
 * bank the first time. Refused unless the wallet is active.
 */
export async function createTopUpVa(
  userId: number,
  bank: VaBank,
): Promise<{ ok: true; number: string } | { ok: false; code: TopUpRefusal }> {
  const refusal = await walletRefusal(userId);
  if (refusal) return { ok: false, code: refusal };
  return { ok: true, number: (await ensureOpenVa(userId, bank)).number };
}

/** The open VA of a user at a bank, made and registered when missing (no wallet check: tests, jobs). */
export async function ensureOpenVa(
  userId: number,
  bank: VaBank,
): Promise<{ number: string; companyCode: string }> {
  const number =
    (await openVaOf(userId, bank)) ??
    (await inTransaction(async (tx) => {
      const [user] = await tx
        .select({ phone: users.phone })
        .from(users)
        .where(eq(users.id, userId))
        .limit(1);
      // The first free candidate wins; a number already held by someone else (a legacy VA, another
      // passenger) is skipped by the unique index, never overwritten. A VA the same passenger got
      // from a concurrent request is found instead.
      for (const candidate of openVaCandidates(bank, user!.phone, userId)) {
        await tx
          .insert(paymentAccounts)
          .values({
            kind: 'open_va',
            bank,
            number: candidate,
            userId,
            purpose: 'topup',
            createdAt: now(),
          })
          .onConflictDoNothing();
        const made = await openVaOf(userId, bank);
        if (made) return made;
      }
      throw new Error(`No free open VA number at ${bank}`);
    }));
  // At the bank after the commit: a gateway's "create VA" is a network call (idempotent).
  await paymentProvider().register({ bank, number, kind: 'open_va' });
  return { number, companyCode: VA_FORMATS[bank].companyCode };
}

export const RETAIL_CODE_HOURS = 24;

export type RetailTopUpResult =
  | { ok: true; paymentCode: string; amount: number; expiresAt: number }
  | { ok: false; code: TopUpRefusal };

/**
 * A retail payment code for an exact top-up amount, valid 24 hours. Refused unless the wallet is
 * active and the amount is within the retail bounds (settings).
 */
export async function createRetailTopUpCode(
  userId: number,
  outlet: RetailOutlet,
  amount: number,
): Promise<RetailTopUpResult> {
  const refusal = await walletRefusal(userId);
  if (refusal) return { ok: false, code: refusal };
  const { min, max } = await retailBounds();
  if (!Number.isSafeInteger(amount) || amount < min || amount > max)
    return { ok: false, code: 'amount_range' };
  const expiresAt = now() + RETAIL_CODE_HOURS * 3600_000;
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = drawRetailCode(outlet);
    const inserted = await inTransaction((tx) =>
      tx
        .insert(paymentAccounts)
        .values({
          kind: 'retail_code',
          bank: outlet,
          number: code,
          userId,
          purpose: 'topup',
          amount,
          expiresAt,
          createdAt: now(),
        })
        .onConflictDoNothing()
        .returning({ id: paymentAccounts.id }),
    );
    if (inserted.length === 1) {
      await paymentProvider().register({
        bank: outlet,
        number: code,
        kind: 'retail_code',
        amount,
        expiresAt,
        orderId: retailTopUpOrderId(code),
      });
      return { ok: true, paymentCode: code, amount, expiresAt };
    }
  }
  throw new Error('Could not draw a unique retail payment code');
}

/** Bounds of one retail top-up: Rp 10.000 to Rp 5.000.000 (settings). */
export async function retailBounds(): Promise<{ min: number; max: number }> {
  return { min: await numberSetting('topup_min'), max: await numberSetting('retail_max') };
}
