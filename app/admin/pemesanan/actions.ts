'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/callers';
import { adminCancelBooking, BookingActionSchema } from '@/lib/admin/booking-refund';
import { redirect } from 'next/navigation';
import { refusedState } from '@/lib/forms';

/** An officer cancels a booking by hand: a full refund when paid, seats released when not. */
export const cancelBookingByAdmin = adminAction(
  BookingActionSchema,
  async (input, { admin }) => {
    const result = await adminCancelBooking({ actorUserId: admin.id, ...input });
    if (!result.ok) return refusedState(result.code);
    revalidatePath(`/admin/pemesanan/${input.code}`);
    // The page drops the form once the booking is closed: it says what happened from the data.
    redirect(`/admin/pemesanan/${input.code}?selesai=${result.kind}`);
  },
  { reauth: true, echo: ['reason'] },
);
