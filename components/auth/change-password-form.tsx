'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/forms';
import { formErrors } from '@/components/ui/form-errors';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  labels: { current: string; next: string; hint: string; submit: string; busy: string };
  errors: Record<string, string>;
};

export function ChangePasswordForm({ action, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <Field
        name="currentPassword"
        type="password"
        label={labels.current}
        autoComplete="current-password"
        required
        errors={e.field('currentPassword')}
      />
      <Field
        name="newPassword"
        type="password"
        label={labels.next}
        autoComplete="new-password"
        required
        hint={labels.hint}
        errors={e.field('newPassword')}
      />
      <SubmitButton label={labels.submit} busyLabel={labels.busy} />
    </form>
  );
}
