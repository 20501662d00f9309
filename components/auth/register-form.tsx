'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { IDLE, type FormState } from '@/lib/forms';
import { formErrors } from '@/components/ui/form-errors';

type Labels = {
  fullName: string;
  email: string;
  phone: string;
  nik: string;
  birthDate: string;
  password: string;
  passwordHint: string;
  submit: string;
  busy: string;
  errorsTitle: string;
};

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  labels: Labels;
  errors: Record<string, string>;
};

export function RegisterForm({ action, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  const v = e.values;
  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage tone="error">
          {state.status === 'error' ? (e.message ?? labels.errorsTitle) : undefined}
        </FormMessage>
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
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={v.email}
        errors={e.field('email')}
      />
      <Field
        name="phone"
        type="tel"
        label={labels.phone}
        autoComplete="tel"
        placeholder="0812 3456 7890"
        required
        defaultValue={v.phone}
        errors={e.field('phone')}
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
      <Field
        className="sm:col-span-2"
        name="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        required
        hint={labels.passwordHint}
        errors={e.field('password')}
      />
      <div className="sm:col-span-2">
        <SubmitButton label={labels.submit} busyLabel={labels.busy} />
      </div>
    </form>
  );
}
