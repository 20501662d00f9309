import 'server-only';
import { z } from 'zod';
import { SEAT_CLASSES } from '@/db/sqlite/schema/network';
import { now } from '@/lib/clock';
import { autoAssign, type SeatChoice } from './auto-assign';
import { isConnection } from './connection';
import { takenSeats } from './availability';
import { expireOverdue } from './expiry';
import { partyProblem } from './limits';
import {
  coachesOfClass,
  fareOf,
  findTripSegment,
  type CoachInfo,
  type TripSegment,
} from './trip-segment';

export const DraftParamsSchema = z.object({
  trip: z.coerce.number().int().positive(),
  from: z.string().regex(/^[A-Z]{2,4}$/),
  to: z.string().regex(/^[A-Z]{2,4}$/),
  class: z.enum(SEAT_CLASSES),
  adults: z.coerce.number().int(),
  infants: z.coerce.number().int().default(0),
  // A connection's second train (from the search's connection form); all four or none.
  trip2: z.coerce.number().int().positive().optional(),
  from2: z
    .string()
    .regex(/^[A-Z]{2,4}$/)
    .optional(),
  to2: z
    .string()
    .regex(/^[A-Z]{2,4}$/)
    .optional(),
  class2: z.enum(SEAT_CLASSES).optional(),
});

export type DraftCoach = CoachInfo & { taken: string[] };
export type Draft =
  | {
      ok: true;
      trip: TripSegment;
      coaches: DraftCoach[];
      fare: number;
      adults: number;
      infants: number;
      suggested: SeatChoice[];
    }
  | {
      ok: false;
      code:
        | 'trip_unavailable'
        | 'departed'
        | 'class_unavailable'
        | 'not_enough_seats'
        | 'adults_range'
        | 'infants_range'
        | 'infants_exceed';
    };

/** Everything the passenger-and-seat form needs: the trip, the coaches with taken seats, the fare and suggested seats. */
export async function bookingDraft(params: z.infer<typeof DraftParamsSchema>): Promise<Draft> {
  const problem = partyProblem(params.adults, params.infants);
  if (problem) return { ok: false, code: problem };
  await expireOverdue();
  const trip = await findTripSegment(params.trip, params.from, params.to);
  if (!trip) return { ok: false, code: 'trip_unavailable' };
  if (trip.departsAt <= now()) return { ok: false, code: 'departed' };
  const coaches = await coachesOfClass(trip.trainId, params.class);
  const fare =
    coaches[0] &&
    (await fareOf(
      trip.trainId,
      params.class,
      coaches[0].subClass,
      trip.originCode,
      trip.destinationCode,
      trip.serviceDate,
    ));
  if (!coaches.length || !fare) return { ok: false, code: 'class_unavailable' };
  const taken = await takenSeats(
    trip.tripId,
    coaches.map((c) => c.id),
    trip.originSeq,
    trip.destinationSeq,
  );
  const suggested = autoAssign(
    coaches.map((c) => ({ ...c, taken: taken.get(c.id)! })),
    params.adults,
  );
  if (!suggested) return { ok: false, code: 'not_enough_seats' };
  return {
    ok: true,
    trip,
    fare,
    adults: params.adults,
    infants: params.infants,
    suggested,
    coaches: coaches.map((c) => ({ ...c, taken: [...taken.get(c.id)!] })),
  };
}

type DraftOk = Extract<Draft, { ok: true }>;
export type JourneyDraft =
  | { ok: true; legs: DraftOk[] }
  | { ok: false; code: Extract<Draft, { ok: false }>['code'] | 'connection_invalid' };

/**
 * The draft of a whole journey: one train, or both trains of a connection (each with its own
 * coaches, taken seats and suggestions), refused when the second train does not continue the first.
 */
export async function journeyDraft(
  params: z.infer<typeof DraftParamsSchema>,
): Promise<JourneyDraft> {
  const first = await bookingDraft(params);
  if (!first.ok) return first;
  const { trip2, from2, to2, class2 } = params;
  if (trip2 === undefined && from2 === undefined && to2 === undefined && class2 === undefined)
    return { ok: true, legs: [first] };
  if (!trip2 || !from2 || !to2 || !class2) return { ok: false, code: 'connection_invalid' };
  const second = await bookingDraft({
    ...params,
    trip: trip2,
    from: from2,
    to: to2,
    class: class2,
  });
  if (!second.ok) return second;
  if (!isConnection(first.trip, second.trip)) return { ok: false, code: 'connection_invalid' };
  return { ok: true, legs: [first, second] };
}
