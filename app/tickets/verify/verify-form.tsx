'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/forms';
import type { VerifyOutcome } from '@/lib/tickets/verify';

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

/** The verdict carried in the form state (see the action); a malformed one reads as not genuine. */
function outcomeOf(state: FormState): VerifyOutcome | undefined {
  if (state.status === 'idle') return undefined;
  try {
    return JSON.parse(state.message) as VerifyOutcome;
  } catch {
    return { valid: false, reason: 'bad_signature' };
  }
}

/** Paste a scanned QR payload; shows whether it is genuine and still valid, and what it says. */
export function VerifyForm({
  action,
  labels,
}: {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  labels: Labels;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const o = outcomeOf(state);
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
