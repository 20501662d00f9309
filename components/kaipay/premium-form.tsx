'use client';

import { useState } from 'react';

type Props = {
  action: string;
  errors: Partial<Record<'idNumber' | 'idPhoto' | 'selfie', string>>;
  idNumber: string;
  labels: {
    idNumber: string;
    idPhoto: string;
    selfie: string;
    fileHint: string;
    submit: string;
    busy: string;
  };
};

function FileField({
  name,
  label,
  hint,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  error?: string;
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={name} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="file"
        accept="image/jpeg,image/png"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}
        className="input"
      />
      <p id={`${name}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {error && (
        <p id={`${name}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * The Premium request: a plain multipart POST to a route handler (server actions cap bodies at 1 MB;
 * two photos may be 4 MB). The button shows that the upload is on its way.
 */
export function PremiumForm({ action, errors, idNumber, labels }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      action={action}
      method="post"
      encType="multipart/form-data"
      className="grid gap-4"
      onSubmit={() => setBusy(true)}
    >
      <div className="grid gap-1">
        <label htmlFor="idNumber" className="text-sm font-medium text-slate-800">
          {labels.idNumber}
        </label>
        <input
          id="idNumber"
          name="idNumber"
          inputMode="numeric"
          maxLength={16}
          required
          defaultValue={idNumber}
          className="input"
          aria-invalid={errors.idNumber ? true : undefined}
          aria-describedby={errors.idNumber ? 'idNumber-error' : undefined}
        />
        {errors.idNumber && (
          <p id="idNumber-error" role="alert" className="text-sm text-red-700">
            {errors.idNumber}
          </p>
        )}
      </div>
      <FileField
        name="idPhoto"
        label={labels.idPhoto}
        hint={labels.fileHint}
        error={errors.idPhoto}
      />
      <FileField name="selfie" label={labels.selfie} hint={labels.fileHint} error={errors.selfie} />
      <button
        type="submit"
        disabled={busy}
        aria-disabled={busy}
        className="btn-primary w-full sm:w-auto"
      >
        {busy ? labels.busy : labels.submit}
      </button>
    </form>
  );
}
