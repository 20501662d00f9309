'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { IDLE, type FormState } from '@/lib/forms';
import { formErrors } from '@/components/ui/form-errors';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  next: string;
  labels: { identifier: string; password: string; submit: string; busy: string };
  errors: Record<string, string>;
};

export function LoginForm({ action, next, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <FormMessage tone="error">{e.message}</FormMessage>
      <input type="hidden" name="next" value={next} />
      <Field
        name="identifier"
        label={labels.identifier}
        autoComplete="username"
        required
        defaultValue={e.values.identifier}
        errors={e.field('identifier')}
      />
      <Field
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        errors={e.field('password')}
      />
      <SubmitButton label={labels.submit} busyLabel={labels.busy} />
    </form>
  );
}
