'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/callers';
import { grantPetugas, revokePetugas, StaffSchema } from '@/lib/admin/staff';
import {
  endUserSessions,
  freezeWallet,
  liftPinLock,
  unfreezeWallet,
  WalletActionSchema,
} from '@/lib/admin/wallets';
import { refusedState, type FormState } from '@/lib/forms';
import { getI18n } from '@/lib/i18n';

async function done(userId: number, result: { ok: true } | { ok: false; code: string }) {
  if (!result.ok) return refusedState(result.code) as FormState;
  revalidatePath(`/admin/penumpang/${userId}`);
  const { t } = await getI18n();
  return { status: 'success', message: t.adminMoney.passengers.done } as FormState;
}

export const freezePassengerWallet = adminAction(
  WalletActionSchema,
  async (input, { admin }) =>
    done(input.userId, await freezeWallet({ actorUserId: admin.id, ...input })),
  { reauth: true, echo: ['reason'] },
);

export const unfreezePassengerWallet = adminAction(
  WalletActionSchema,
  async (input, { admin }) =>
    done(input.userId, await unfreezeWallet({ actorUserId: admin.id, ...input })),
  { reauth: true, echo: ['reason'] },
);

export const unlockPassengerPin = adminAction(
  WalletActionSchema,
  async (input, { admin }) =>
    done(input.userId, await liftPinLock({ actorUserId: admin.id, ...input })),
  { echo: ['reason'] },
);

export const endPassengerSessions = adminAction(
  WalletActionSchema,
  async (input, { admin }) =>
    done(input.userId, await endUserSessions({ actorUserId: admin.id, ...input })),
  { echo: ['reason'] },
);

export const grantGateStaff = adminAction(
  StaffSchema,
  async (input, { admin }) => done(input.userId, await grantPetugas(admin.id, input.userId)),
  { reauth: true },
);

export const revokeGateStaff = adminAction(
  StaffSchema,
  async (input, { admin }) => done(input.userId, await revokePetugas(admin.id, input.userId)),
  { reauth: true },
);
