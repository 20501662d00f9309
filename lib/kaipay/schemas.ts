import { z } from 'zod';
import { checkNik } from '@/lib/identity/nik';
import { isIsoDate } from '@/lib/dates';

// Messages are codes; the pages turn them into sentences (lib/i18n/features/kaipay.ts).
const pin = z.string().regex(/^\d{6}$/, { error: 'pin_format' });
export const OtpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'otp_format' }),
});

/**
 * Step 1 of activation. There is no phone field: KAIPay is activated on the account's own phone
 * number (unique per account), so nobody can point OTPs, and their send limits, at someone else's.
 */
export const IdentitySchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(3, { error: 'name_short' })
      .max(100, { error: 'name_long' })
      .regex(/^[\p{L} .,'-]+$/u, { error: 'name_chars' }),
    nik: z.string().trim(),
    birthDate: z
      .string()
      .refine(
        (d) => isIsoDate(d) && d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10),
        { error: 'birth_date_invalid' },
      ),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'email_invalid' })),
    // An explicit choice (the form preselects WhatsApp); WhatsApp still falls back to SMS when the
    // number is not on WhatsApp (lib/notify/channels.ts).
    channel: z.enum(['whatsapp', 'sms'], { error: 'channel_required' }),
    // Consent to Kaspro's terms comes before any OTP is sent (Bank Indonesia: informed consent).
    consent: z.literal('yes', { error: 'consent_required' }),
  })
  .superRefine((v, ctx) => {
    const nik = checkNik(v.nik, isIsoDate(v.birthDate) ? v.birthDate : undefined);
    if (!nik.ok) ctx.addIssue({ code: 'custom', path: ['nik'], message: `nik_${nik.reason}` });
  });
export type IdentityInput = z.infer<typeof IdentitySchema>;

/** A new PIN typed twice. */
export const NewPinSchema = z
  .object({ pin, pinConfirm: z.string() })
  .refine((v) => v.pin === v.pinConfirm, { path: ['pinConfirm'], error: 'pin_mismatch' });

export const ChangePinSchema = z
  .object({
    oldPin: z.string().regex(/^\d{6}$/, { error: 'pin_format' }),
    pin,
    pinConfirm: z.string(),
  })
  .refine((v) => v.pin === v.pinConfirm, { path: ['pinConfirm'], error: 'pin_mismatch' });

export const ResetPinSchema = OtpCodeSchema.extend({ pin, pinConfirm: z.string() }).refine(
  (v) => v.pin === v.pinConfirm,
  { path: ['pinConfirm'], error: 'pin_mismatch' },
);

export const ChannelSchema = z.object({ channel: z.enum(['whatsapp', 'sms']).optional() });
