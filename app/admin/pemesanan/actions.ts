'use server';

import { revalidatePath } from 'next/cache';
import { adminAction } from '@/lib/actions/callers';
import { adminCancelBooking, BookingActionSchema } from '@/lib/admin/booking-refund';
import { refusedState } from '@/lib/forms';
import { getI18n } from '@/lib/i18n';
import { formatRupiah } from '@/lib/money';

/** An officer cancels a booking by hand: a full refund when paid, seats released when not. */
export const cancelBookingByAdmin = adminAction(
  BookingActionSchema,
  async (input, { admin }) => {
    const result = await adminCancelBooking({ actorUserId: admin.id, ...input });
    if (!result.ok) return refusedState(result.code);
    revalidatePath(`/admin/pemesanan/${input.code}`);
    const { t } = await getI18n();
    const b = t.adminMoney.bookings;
    return {
      status: 'success',
      message:
        result.kind === 'released'
          ? b.released
          : b.refunded(formatRupiah(result.amount), result.to === 'kaipay' ? b.toKaipay : b.toBank),
    };
  },
  { reauth: true, echo: ['reason'] },
);
