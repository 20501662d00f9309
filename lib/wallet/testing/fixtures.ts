import { sql } from 'drizzle-orm';
import { inTransaction, row } from '@/db';
import {
  activationState,
  setActivationPin,
  submitIdentity,
  verifyActivationOtp,
} from '@/lib/kaipay/activation';
import { IdentitySchema } from '@/lib/kaipay/schemas';
import { bankClearingAccountId } from '@/lib/ledger/accounts';
import { creditWallet } from '@/lib/wallet/payments';
import { inboxOf } from '@/lib/notify/inbox';

let counter = 0;

/** A passenger with no login; the phone ends in 0 (on WhatsApp) unless `phoneEnd` says otherwise. */
export async function makeUser(phoneEnd = '0'): Promise<{ id: number; phone: string }> {
  counter += 1;
  const phone = `+62812${String(counter).padStart(6, '0')}${process.pid % 10}${phoneEnd}`;
  const email = `dewi${counter}.${process.pid}@contoh.id`;
  const added = await inTransaction((tx) =>
    row<{ id: number }>(
      sql`insert into users (email, phone, full_name, nik, birth_date, password_hash, created_at)
        values (${email}, ${phone}, 'Dewi Lestari', '3273015503920001', '1992-03-15', 'x', 0) returning id`,
      tx,
    ),
  );
  return { id: added!.id, phone };
}

/** The six-digit code in the latest message sent to a phone (what a person reads in the inbox). */
export async function lastCode(phone: string): Promise<string> {
  // Through the inbox: the outbox row keeps OTPs sealed, only the phone (inbox) opens them.
  const code = (await inboxOf(phone)).at(-1)?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code sent to ${phone}`);
  return code;
}

/** Identity input for a user, as the form would send it. */
export function identityOf(phone: string) {
  return IdentitySchema.parse({
    fullName: 'Dewi Lestari',
    nik: '3273015503920001',
    birthDate: '1992-03-15',
    phone,
    email: 'dewi@contoh.id',
    channel: 'whatsapp',
    consent: 'yes',
  });
}

/** A fully activated wallet with the given PIN. */
export async function activeWallet(
  pin = '582917',
  phoneEnd = '0',
): Promise<{ id: number; phone: string }> {
  const user = await makeUser(phoneEnd);
  must(await submitIdentity(user.id, identityOf(user.phone)));
  must(await verifyActivationOtp(user.id, await lastCode(user.phone)));
  must(await setActivationPin(user.id, pin));
  if ((await activationState(user.id)).step !== 'active') throw new Error('activation failed');
  return user;
}

function must(result: { ok: boolean }): void {
  if (!result.ok) throw new Error(`fixture step failed: ${JSON.stringify(result)}`);
}

/** Tops a wallet up from BCA's clearing account (what issue 5's top-up will do). */
export function topUp(
  userId: number,
  amount: number,
  key = `test-topup-${userId}-${Math.random()}`,
) {
  return inTransaction(async (tx) =>
    creditWallet(tx, {
      userId,
      amount,
      kind: 'topup',
      fromAccountId: await bankClearingAccountId(tx, 'BCA'),
      idempotencyKey: key,
      reference: 'VA BCA',
    }),
  );
}
