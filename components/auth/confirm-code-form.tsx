'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { IDLE, type FormState } from '@/lib/forms';
import { formErrors } from '@/components/ui/form-errors';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  labels: { code: string; submit: string; busy: string };
  errors: Record<string, string>;
};

/** The six-digit code sent to the phone at registration. */
export function ConfirmCodeForm({ action, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <FormMessage tone="error">{e.message}</FormMessage>
      <Field
        name="code"
        label={labels.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        errors={e.field('code')}
      />
      <SubmitButton label={labels.submit} busyLabel={labels.busy} />
    </form>
  );
}
