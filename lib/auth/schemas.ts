import { z } from 'zod';
import { checkNik } from '@/lib/identity/nik';
import { normalizePhone } from '@/lib/identity/phone';
import { isIsoDate } from '@/lib/dates';
import { passwordProblem, MAX_PASSWORD_LENGTH } from './password-policy';

// Error messages are codes; the UI turns them into sentences in the reader's language.
export const RegisterSchema = z
  .object({
    fullName: z
      .string()
      .trim()
      .min(3, { error: 'name_short' })
      .max(100, { error: 'name_long' })
      .regex(/^[\p{L} .,'-]+$/u, { error: 'name_chars' }),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'email_invalid' })),
    phone: z.string().transform((v, ctx) => {
      const phone = normalizePhone(v);
      if (!phone) ctx.addIssue({ code: 'custom', message: 'phone_invalid' });
      return phone ?? '';
    }),
    nik: z.string().trim(),
    birthDate: z
      .string()
      .refine(
        (d) => isIsoDate(d) && d >= '1900-01-01' && d <= new Date().toISOString().slice(0, 10),
        { error: 'birth_date_invalid' },
      ),
    password: z.string().max(MAX_PASSWORD_LENGTH, { error: 'password_too_long' }),
  })
  .superRefine((v, ctx) => {
    const nik = checkNik(v.nik, isIsoDate(v.birthDate) ? v.birthDate : undefined);
    if (!nik.ok) ctx.addIssue({ code: 'custom', path: ['nik'], message: `nik_${nik.reason}` });
    const problem = passwordProblem(v.password, [
      v.email.split('@')[0] ?? '',
      ...v.fullName.split(' '),
    ]);
    if (problem)
      ctx.addIssue({ code: 'custom', path: ['password'], message: `password_${problem}` });
  });

export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({
  identifier: z.string().trim().min(3, { error: 'identifier_required' }).max(254),
  password: z.string().min(1, { error: 'password_required' }).max(MAX_PASSWORD_LENGTH),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'password_required' }).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().max(MAX_PASSWORD_LENGTH, { error: 'password_too_long' }),
});

/** The code typed on the confirmation page (the registration token comes from a cookie). */
export const ConfirmCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: 'code_format' }),
});

export const ConfirmRegistrationSchema = ConfirmCodeSchema.extend({
  token: z.string().min(20).max(100),
});
