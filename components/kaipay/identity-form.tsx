'use client';

import { HiddenFields } from '@/components/ui/hidden-fields';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';
import { ChannelConsent } from './channel-consent';

type Labels = {
  fullName: string;
  nik: string;
  birthDate: string;
  phone: string;
  email: string;
  phoneHint: string;
  submit: string;
  busy: string;
};
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  prefill: Record<'fullName' | 'nik' | 'birthDate' | 'phone' | 'email', string>;
  labels: Labels;
  /** The channel choice, the Kaspro disclosure and the consent (ChannelConsent). */
  consentLabels: Parameters<typeof ChannelConsent>[0]['labels'];
  errors: Record<string, string>;
};

/** Step 1: identity, pre-filled from the account (its phone read-only); the server validates it again. */
export function IdentityForm({ action, hidden, prefill, labels, consentLabels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  const v = { ...prefill, ...e.values };
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <HiddenFields values={hidden} />
      <div className="sm:col-span-2">
        <FormMessage tone="error">{e.message}</FormMessage>
      </div>
      <Field
        className="sm:col-span-2"
        name="fullName"
        label={labels.fullName}
        autoComplete="name"
        required
        defaultValue={v.fullName}
        errors={e.field('fullName')}
      />
      <Field
        name="nik"
        inputMode="numeric"
        maxLength={16}
        label={labels.nik}
        required
        defaultValue={v.nik}
        errors={e.field('nik')}
      />
      <Field
        name="birthDate"
        type="date"
        label={labels.birthDate}
        required
        defaultValue={v.birthDate}
        errors={e.field('birthDate')}
      />
      {/* The account's own number, shown only: the server activates on it whatever is sent. */}
      <Field
        name="accountPhone"
        type="tel"
        label={labels.phone}
        readOnly
        hint={labels.phoneHint}
        value={prefill.phone}
      />
      <Field
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={v.email}
        errors={e.field('email')}
      />
      <ChannelConsent
        labels={consentLabels}
        channel={e.values.channel}
        consented={e.values.consent === 'yes'}
        errors={{ channel: e.field('channel'), consent: e.field('consent') }}
      />
      <div className="sm:col-span-2">
        <SubmitButton label={labels.submit} busyLabel={labels.busy} className="w-full sm:w-auto" />
      </div>
    </form>
  );
}
