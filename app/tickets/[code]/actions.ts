'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { userAction } from '@/lib/actions/callers';
import { BookingCodeSchema } from '@/lib/booking/codes';
import { openBoardingPass } from '@/lib/booking/e-tickets';

/** Opens the e-boarding pass (from 2 h before departure); after this the booking cannot be cancelled. */
export const showBoardingPass = userAction(
  z.object({ code: BookingCodeSchema }),
  async ({ code }, { user }) => {
    const result = await openBoardingPass(user.id, code);
    redirect(result.ok ? `/tickets/${code}/boarding` : `/tickets/${code}?error=${result.code}`);
  },
  { returnTo: (form) => `/tickets/${encodeURIComponent(String(form.get('code') ?? ''))}` },
);
