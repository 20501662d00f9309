'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { VerifyOutcome } from '@/lib/tickets/verify';

type State = { status: 'idle' } | { status: 'done'; outcome: VerifyOutcome };
type Refusal = Extract<VerifyOutcome, { valid: false }>['reason'];
type Labels = {
  payload: string;
  verify: string;
  verifying: string;
  valid: string;
  /** what each refusal means to the person at the gate */
  refusals: Record<Refusal, string>;
  passenger: string;
  seat: string;
  train: string;
};

/** Paste a scanned QR payload; shows whether it is genuine and still valid, and what it says. */
export function VerifyForm({
  action,
  labels,
}: {
  action: (prev: State, form: FormData) => Promise<State>;
  labels: Labels;
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as State);
  const o = state.status === 'done' ? state.outcome : undefined;
  const text = !o ? undefined : o.valid ? labels.valid : labels.refusals[o.reason];
  const claims = o && 'claims' in o ? o.claims : undefined;
  return (
    <form action={formAction} className="grid gap-3">
      <label htmlFor="payload" className="text-sm font-medium">
        {labels.payload}
      </label>
      <textarea
        id="payload"
        name="payload"
        rows={4}
        required
        className="input font-mono text-xs"
        spellCheck={false}
      />
      <SubmitButton
        label={labels.verify}
        busyLabel={labels.verifying}
        className="justify-self-start"
      />
      <FormMessage tone={o?.valid ? 'success' : 'error'}>
        {text && <span data-testid="verify-result">{text}</span>}
        {claims && (
          <span className="mt-1 block">
            {claims.n} · {labels.passenger}: {claims.p} · {labels.train} {claims.t} {claims.d}{' '}
            {claims.dep} {claims.o}→{claims.to} · {labels.seat}: {claims.s}
          </span>
        )}
      </FormMessage>
    </form>
  );
}
