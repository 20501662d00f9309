'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/actions/callers';
import { getI18n } from '@/lib/i18n';
import { formatRupiah } from '@/lib/money';
import { cancelTrip } from '@/lib/booking/cancel-trip';
import { generateTrips, GenerateTripsSchema } from '@/lib/admin/trips';

export const createTrips = adminAction(
  GenerateTripsSchema,
  async (input, { admin }) => {
    const result = await generateTrips(admin.id, input);
    if (!result.ok)
      return {
        status: 'error',
        message: 'generic',
        fieldErrors: {
          [result.code === 'train_not_found' ? 'trainNumber' : 'from']: [result.code],
        },
      };
    revalidatePath('/admin/perjalanan');
    const { t } = await getI18n();
    return { status: 'success', message: t.admin.trips.generated(result.added) };
  },
  { echo: ['from', 'to', 'trainNumber'] },
);

const CancelTripSchema = z.object({
  tripId: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .min(3, { error: 'reason_required' })
    .max(200, { error: 'reason_required' }),
});

/** Cancels a whole trip: full refunds move money, so the admin's password is asked again. */
export const cancelWholeTrip = adminAction(
  CancelTripSchema,
  async (input, { admin }) => {
    const result = await cancelTrip({ ...input, actorUserId: admin.id });
    if (!result.ok) return { status: 'error', message: result.code };
    revalidatePath('/admin/perjalanan');
    revalidatePath(`/admin/perjalanan/${input.tripId}`);
    const { t } = await getI18n();
    const tr = t.admin.trips;
    return {
      status: 'success',
      message: result.alreadyCancelled
        ? tr.alreadyCancelled
        : tr.cancelledResult(
            result.refundedToKaipay,
            result.owedToBank,
            result.holdsReleased,
            formatRupiah(result.refundTotal),
          ),
    };
  },
  { reauth: true, echo: ['reason'] },
);
