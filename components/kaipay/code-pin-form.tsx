'use client';

import { HiddenFields } from '@/components/ui/hidden-fields';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';

export type SecretField = {
  name: 'code' | 'oldPin' | 'pin' | 'pinConfirm';
  label: string;
  hint?: string;
  autoFocus?: boolean;
};

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** Non-secret values posted along (where to return afterwards). */
  hidden?: Record<string, string>;
  fields: SecretField[];
  labels: { submit: string; busy: string };
  errors: Record<string, string>;
  /** Already translated success sentences by code. */
  success?: Record<string, string>;
};

/**
 * A form of 6-digit secrets (OTP, PIN): numeric keypad on phones, one-time-code autofill for the OTP,
 * never echoed back after a refusal.
 */
export function CodePinForm({ action, hidden, fields, labels, errors, success = {} }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <HiddenFields values={hidden} />
      <FormMessage tone={state.status === 'success' ? 'success' : 'error'}>
        {state.status === 'success' ? (success[state.message] ?? state.message) : e.message}
      </FormMessage>
      {fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          label={f.label}
          hint={f.hint}
          errors={e.field(f.name)}
          autoFocus={f.autoFocus}
          type={f.name === 'code' ? 'text' : 'password'}
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={6}
          required
          autoComplete={
            f.name === 'code'
              ? 'one-time-code'
              : f.name === 'oldPin'
                ? 'current-password'
                : 'new-password'
          }
          className="max-w-xs"
        />
      ))}
      <SubmitButton label={labels.submit} busyLabel={labels.busy} className="w-full sm:w-auto" />
    </form>
  );
}
