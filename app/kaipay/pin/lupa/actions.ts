'use server';

import { redirect } from 'next/navigation';
import { userAction } from '@/lib/actions/callers';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChannelSchema } from '@/lib/kaipay/schemas';
import { requestPinReset } from '@/lib/kaipay/pin-care';

/** Lupa PIN, part 1: an OTP to the wallet's registered phone. */
export const sendResetOtp = userAction(
  ChannelSchema,
  async ({ channel }, { user }) => {
    const result = await requestPinReset(user.id, channel);
    redirect(
      result.ok
        ? `/kaipay/pin/lupa?sent=${result.channel}`
        : `/kaipay/pin/lupa?error=${refusalCode(result)}`,
    );
  },
  { returnTo: '/kaipay/pin/lupa' },
);
