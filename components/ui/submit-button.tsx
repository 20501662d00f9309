'use client';

import { useFormStatus } from 'react-dom';

/** A submit button that shows a busy label and refuses a second click while the form is sent. */
export function SubmitButton({
  label,
  busyLabel,
  className = '',
}: {
  label: string;
  busyLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`btn-primary ${className}`}
    >
      {pending ? busyLabel : label}
    </button>
  );
}
