'use server';

import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChannelSchema } from '@/lib/kaipay/schemas';
import { requestPinReset } from '@/lib/wallet/pin-care';

/** Lupa PIN, part 1: an OTP to the wallet's registered phone. */
export async function sendResetOtp(form: FormData): Promise<void> {
  const user = await requireUser('/kaipay/pin/lupa');
  const parsed = ChannelSchema.safeParse({ channel: form.get('channel') ?? undefined });
  const result = await requestPinReset(user.id, parsed.success ? parsed.data.channel : undefined);
  redirect(
    result.ok
      ? `/kaipay/pin/lupa?sent=${result.channel}`
      : `/kaipay/pin/lupa?error=${refusalCode(result)}`,
  );
}
