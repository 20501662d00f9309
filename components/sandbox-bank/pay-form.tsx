'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';

type Option = { value: string; label: string };
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  channels: Option[];
  banks: Option[];
  labels: {
    channel: string;
    bank: string;
    number: string;
    amount: string;
    pay: string;
    paying: string;
    paid: string;
  };
  errors: Record<string, string>;
};

/** The bank customer's payment form. */
export function PayForm({ action, channels, banks, labels, errors }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const e = formErrors(state, errors);
  const select = (name: string, label: string, options: Option[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`bank-${name}`} className="text-sm font-medium">
        {label}
      </label>
      {/* Keyed so a refused form re-selects what was chosen: a form reset alone would pick the first option. */}
      <select
        key={e.values[name] ?? name}
        id={`bank-${name}`}
        name={name}
        className="input"
        defaultValue={e.values[name]}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        {state.status === 'success' ? (
          <FormMessage tone="success">{labels.paid.replace('{tx}', state.message)}</FormMessage>
        ) : (
          <FormMessage tone="error">
            {state.status === 'error' && !state.fieldErrors ? errors[state.message] : undefined}
          </FormMessage>
        )}
      </div>
      {select('channel', labels.channel, channels)}
      {select('bank', labels.bank, banks)}
      <Field
        name="number"
        inputMode="numeric"
        label={labels.number}
        defaultValue={e.values.number}
        errors={e.field('number')}
      />
      <Field
        name="amount"
        inputMode="numeric"
        label={labels.amount}
        defaultValue={e.values.amount}
        errors={e.field('amount')}
      />
      <div className="sm:col-span-2">
        <SubmitButton label={labels.pay} busyLabel={labels.paying} />
      </div>
    </form>
  );
}
