'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  outlet: string;
  labels: { amount: string; hint: string; submit: string; busy: string };
  errors: Record<string, string>;
};

/** The amount for a retail payment code. */
export function RetailForm({ action, outlet, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  return (
    <form action={formAction} className="grid gap-3 sm:max-w-sm" noValidate>
      <input type="hidden" name="outlet" value={outlet} />
      <FormMessage tone="error">
        {state.status === 'error' && !state.fieldErrors ? errors[state.message] : undefined}
      </FormMessage>
      <Field
        name="amount"
        inputMode="numeric"
        label={labels.amount}
        hint={labels.hint}
        defaultValue={e.values.amount}
        errors={e.field('amount')}
      />
      <SubmitButton label={labels.submit} busyLabel={labels.busy} />
    </form>
  );
}
