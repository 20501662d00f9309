'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { refusalCode } from '@/lib/kaipay/refusal';
import { ChannelSchema } from '@/lib/kaipay/schemas';
import { requestPinReset } from '@/lib/kaipay/pin-care';
import { lupaPinPath } from '../return-to';

/** Lupa PIN, part 1: an OTP to the wallet's registered phone. */
export const sendResetOtp = userAction(
  ChannelSchema.extend({ next: z.string().max(500).optional() }),
  async ({ channel, next }, { user }) => {
    const result = await requestPinReset(user.id, channel);
    redirect(
      lupaPinPath(
        next,
        result.ok
          ? {
              sent: result.channel ?? '',
              ...(channel !== 'sms' && result.channel === 'sms' ? { fallback: '1' } : {}),
            }
          : { error: refusalCode(result) },
      ),
    );
  },
  { returnTo: '/kaipay/pin/lupa' },
);
