import { z } from 'zod';
import { SEAT_CLASSES } from '@/db/sqlite/schema/network';
import { checkNik } from '@/lib/identity/nik';
import { normalizePhone } from '@/lib/identity/phone';
import { MAX_ADULTS, MAX_INFANTS, partyProblem } from './limits';

const name = z
  .string()
  .trim()
  .min(3, { error: 'passenger_name' })
  .max(100, { error: 'passenger_name' })
  .regex(/^[\p{L} .,'-]+$/u, { error: 'passenger_name' });
const nik = z
  .string()
  .trim()
  .refine((v) => checkNik(v).ok, { error: 'nik_invalid' });

const AdultSchema = z.discriminatedUnion('idType', [
  z.object({
    name,
    idType: z.literal('nik'),
    idNumber: nik,
    seat: z.string(),
    seat2: z.string().optional(),
  }),
  z.object({
    name,
    idType: z.literal('passport'),
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{6,9}$/, { error: 'passport_invalid' }),
    seat: z.string(),
    seat2: z.string().optional(),
  }),
]);

const station = z.string().regex(/^[A-Z]{2,4}$/);

/** The second train of a connection; each adult's seat on it is `seat2`. */
const SecondLegSchema = z.object({
  tripId: z.coerce.number().int().positive(),
  origin: station,
  destination: station,
  seatClass: z.enum(SEAT_CLASSES),
});

export const HoldSchema = z
  .object({
    tripId: z.coerce.number().int().positive(),
    origin: station,
    destination: station,
    seatClass: z.enum(SEAT_CLASSES),
    leg2: SecondLegSchema.optional(),
    adults: z
      .array(AdultSchema)
      .min(1, { error: 'adults_range' })
      .max(MAX_ADULTS, { error: 'adults_range' }),
    infants: z
      .array(z.object({ name, idNumber: nik }))
      .max(MAX_INFANTS, { error: 'infants_range' }),
    contactName: name,
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'contact_invalid' })),
    contactPhone: z
      .string()
      .transform(
        (v, ctx) =>
          normalizePhone(v) ?? (ctx.addIssue({ code: 'custom', message: 'contact_invalid' }), ''),
      ),
  })
  .superRefine((v, ctx) => {
    const problem = partyProblem(v.adults.length, v.infants.length);
    if (problem) ctx.addIssue({ code: 'custom', path: ['infants'], message: problem });
    // A seat on the second train for every adult, and none without a second train.
    if (v.adults.some((a) => (a.seat2 === undefined) === Boolean(v.leg2)))
      ctx.addIssue({ code: 'custom', path: ['leg2'], message: 'seat_invalid' });
  });

export type HoldInput = z.infer<typeof HoldSchema>;

/** A seat as the form sends it: "<coachId>:<label>", e.g. "12:10C". */
export function parseSeat(value: string): { coachId: number; seatLabel: string } | null {
  const match = /^(\d{1,9}):(\d{1,2}[A-E])$/.exec(value);
  return match ? { coachId: Number(match[1]), seatLabel: match[2]! } : null;
}

/**
 * Turns the flat booking form (adult_0_name, infant_1_idNumber, ...) into the shape HoldSchema
 * checks. Counts come from the form's own adults/infants fields, capped so a forged form cannot
 * make the server loop.
 */
export function holdFormToObject(form: FormData): Record<string, unknown> {
  const field = (key: string) => String(form.get(key) ?? '');
  const count = (key: string) => Math.min(Math.max(Number.parseInt(field(key), 10) || 0, 0), 10);
  // A connection's form carries the second train as tripId2/origin2/... and adult_N_seat2.
  const connection = form.has('tripId2');
  return {
    tripId: field('tripId'),
    origin: field('origin'),
    destination: field('destination'),
    seatClass: field('seatClass'),
    leg2: connection
      ? {
          tripId: field('tripId2'),
          origin: field('origin2'),
          destination: field('destination2'),
          seatClass: field('seatClass2'),
        }
      : undefined,
    adults: Array.from({ length: count('adults') }, (_, i) => ({
      name: field(`adult_${i}_name`),
      idType: field(`adult_${i}_idType`) || 'nik',
      idNumber: field(`adult_${i}_idNumber`),
      seat: field(`adult_${i}_seat`),
      ...(connection ? { seat2: field(`adult_${i}_seat2`) } : {}),
    })),
    infants: Array.from({ length: count('infants') }, (_, i) => ({
      name: field(`infant_${i}_name`),
      idNumber: field(`infant_${i}_idNumber`),
    })),
    contactName: field('contactName'),
    contactEmail: field('contactEmail'),
    contactPhone: field('contactPhone'),
  };
}

/** Field errors keyed by the form's own field names (adult_0_idNumber, infants, contactEmail...). */
export function holdFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [head, index, leaf] = issue.path;
    const key =
      (head === 'adults' || head === 'infants') && typeof index === 'number'
        ? `${head === 'adults' ? 'adult' : 'infant'}_${index}_${String(leaf ?? 'name')}`
        : String(head ?? '_');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
