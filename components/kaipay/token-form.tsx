'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  labels: { name: string; create: string; creating: string; created: string };
  errors: Record<string, string>;
};

/** Names and creates a token; the new token is shown once, ready to copy. */
export function TokenForm({ action, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <FormMessage tone="error">{e.message}</FormMessage>
      {state.status === 'success' && (
        <div
          role="status"
          className="grid gap-1 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm"
        >
          <p>{labels.created}</p>
          <code data-testid="new-token" className="break-all rounded bg-white px-2 py-1 font-mono">
            {state.message}
          </code>
        </div>
      )}
      <Field name="name" label={labels.name} maxLength={40} required errors={e.field('name')} />
      <SubmitButton
        label={labels.create}
        busyLabel={labels.creating}
        className="w-full sm:w-auto"
      />
    </form>
  );
}
