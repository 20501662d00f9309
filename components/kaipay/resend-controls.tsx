'use client';

import { useEffect, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { HiddenFields } from '@/components/ui/hidden-fields';

type Props = {
  action: (form: FormData) => Promise<void>;
  hidden?: Record<string, string>;
  /** Seconds until the server allows the next send. */
  waitSeconds: number;
  /** `waiting` holds `{s}` where the seconds go (a function cannot cross to a client component). */
  labels: { resend: string; resendSms: string; waiting: string };
};

function Buttons({ disabled, labels }: { disabled: boolean; labels: Props['labels'] }) {
  const { pending } = useFormStatus();
  const off = disabled || pending;
  return (
    <div className="flex flex-wrap gap-2">
      <button
        type="submit"
        name="channel"
        value="whatsapp"
        disabled={off}
        className="btn-secondary disabled:opacity-50"
      >
        {labels.resend}
      </button>
      <button
        type="submit"
        name="channel"
        value="sms"
        disabled={off}
        className="btn-secondary disabled:opacity-50"
      >
        {labels.resendSms}
      </button>
    </div>
  );
}

/** Resend buttons behind a 60-second countdown (the server enforces it too). */
export function ResendControls({ action, hidden, waitSeconds, labels }: Props) {
  const [left, setLeft] = useState(waitSeconds);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return (
    <form action={action} className="grid gap-2">
      <HiddenFields values={hidden} />
      <p className="text-sm text-slate-700" role="timer">
        {left > 0 ? labels.waiting.replace('{s}', String(left)) : '\u00a0'}
      </p>
      <Buttons disabled={left > 0} labels={labels} />
    </form>
  );
}
