'use client';

import { useActionState, useState } from 'react';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/forms';
import { sentence } from '@/lib/i18n/lookup';
import { PayBar } from './pay-bar';

type Labels = {
  title: string;
  amountLabel: string;
  recipientLabel: string;
  recipient: string;
  pin: string;
  hint: string;
  erase: string;
  clear: string;
  submit: string;
  busy: string;
  /** "Angka": a key reads "Angka 5". */ digit: string;
  /** "{n} dari 6 angka" */ entered: string;
};
type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** What is being paid (booking code, chosen trip), sent with the PIN as hidden fields. */
  hidden: Record<string, string | number>;
  amount: string;
  labels: Labels;
  errors: Record<string, string>;
  /** At checkout the submit button sits in the bar fixed to the bottom, beside the total. */
  bar?: { totalLabel: string; total: string; note?: string };
};

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * The KAIPay PIN pad: shows what is paid and to whom, takes 6 digits typed on a keyboard or tapped
 * on the on-screen keys, shows them masked, and never keeps the PIN after a refusal.
 */
export function PinPad({ action, hidden, amount, labels, errors, bar }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [pin, setPin] = useState('');
  const add = (d: string) => setPin((p) => (p.length < 6 ? p + d : p));
  const message = state.status === 'error' ? sentence(errors, state.message) : undefined;
  const key =
    'min-h-12 rounded-md border border-slate-300 bg-white text-xl font-semibold hover:border-kai-navy focus-visible:outline-2 focus-visible:outline-kai-navy';
  return (
    <form
      action={(form) => {
        setPin('');
        formAction(form);
      }}
      className="grid max-w-sm gap-4"
      noValidate
    >
      <HiddenFields values={hidden} />
      <h2 className="text-lg font-semibold">{labels.title}</h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt>{labels.amountLabel}</dt>
        <dd className="text-right text-base font-bold" data-testid="pay-amount">
          {amount}
        </dd>
        <dt>{labels.recipientLabel}</dt>
        <dd className="text-right">{labels.recipient}</dd>
      </dl>
      <FormMessage tone="error">{message}</FormMessage>
      <div className="grid gap-1">
        <label htmlFor="pin" className="text-sm font-medium">
          {labels.pin}
        </label>
        <input
          id="pin"
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          required
          autoFocus
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 6))}
          aria-describedby="pin-hint pin-count"
          aria-invalid={message ? true : undefined}
          className="input max-w-40 text-center font-mono text-2xl tracking-[0.5em]"
        />
        <p id="pin-hint" className="text-xs text-slate-600">
          {labels.hint}
        </p>
        <div aria-hidden="true" className="flex gap-2 py-1">
          {Array.from({ length: 6 }, (_, i) => (
            <span
              key={i}
              className={`size-3 rounded-full border border-kai-navy ${i < pin.length ? 'bg-kai-navy' : ''}`}
            />
          ))}
        </div>
        <p id="pin-count" aria-live="polite" className="sr-only">
          {labels.entered.replace('{n}', String(pin.length))}
        </p>
      </div>
      <div className="grid grid-cols-3 gap-2" role="group" aria-label={labels.title}>
        {KEYS.map((d) => (
          <button
            key={d}
            type="button"
            className={key}
            aria-label={`${labels.digit} ${d}`}
            onClick={() => add(d)}
          >
            {d}
          </button>
        ))}
        <button type="button" className={`${key} text-sm`} onClick={() => setPin('')}>
          {labels.clear}
        </button>
        <button
          type="button"
          className={key}
          aria-label={`${labels.digit} 0`}
          onClick={() => add('0')}
        >
          0
        </button>
        <button
          type="button"
          className={`${key} text-sm`}
          aria-label={labels.erase}
          onClick={() => setPin((p) => p.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
      {bar ? (
        <PayBar {...bar}>
          <SubmitButton label={labels.submit} busyLabel={labels.busy} className="min-w-36" />
        </PayBar>
      ) : (
        <SubmitButton label={labels.submit} busyLabel={labels.busy} className="w-full" />
      )}
    </form>
  );
}
