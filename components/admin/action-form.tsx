'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type FormState } from '@/lib/forms';
import { sentence } from '@/lib/i18n/lookup';

export type FieldSpec = {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'date' | 'password' | 'textarea' | 'select' | 'hidden';
  hint?: string;
  defaultValue?: string;
  required?: boolean;
  options?: { value: string; label: string }[];
  rows?: number;
  autoComplete?: string;
  inputMode?: 'numeric' | 'text';
  /** Grid span on wide screens (the form is a 1/2/3-column grid). */
  wide?: boolean;
};

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submit: { label: string; busy: string; danger?: boolean };
  /** Error codes → sentences (the admin dictionary's errors). */
  errors: Record<string, string>;
  /** Asks for the admin's password (actions wrapped with `reauth`). */
  reauth?: { label: string; hint: string };
  /** "Baris {n}: " for refusals that name a line of a textarea ({n} is replaced). */
  linePrefix?: string;
  columns?: 1 | 2 | 3;
  labelledBy?: string;
};

/**
 * Every back-office form: fields from a list, refusals shown beside the field they concern (or on
 * top), success sentences announced, non-secret values kept after a refusal. The admin password
 * field is never echoed back.
 */
export function ActionForm({
  action,
  fields,
  submit,
  errors,
  reauth,
  linePrefix,
  columns = 1,
  labelledBy,
}: Props) {
  // What was sent is kept beside the answer: a refusal that echoes nothing back (the password
  // check of the wrapper) still leaves the admin's typing in place. The password never is.
  const [{ state, sent }, formAction] = useActionState(
    async (previous: { state: FormState }, form: FormData) => ({
      state: await action(previous.state, form),
      sent: Object.fromEntries(
        [...form.entries()].filter(
          (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'adminPassword',
        ),
      ),
    }),
    { state: IDLE, sent: {} as Record<string, string> },
  );
  const text = (code: string) => sentence(errors, code) ?? code;
  const failed = state.status === 'error' ? state : null;
  const line = failed?.values?.line ? Number(failed.values.line) : 0;
  const prefix = line > 0 && linePrefix ? linePrefix.replace('{n}', String(line)) : '';
  const fieldErrors = (name: string) =>
    failed?.fieldErrors?.[name]?.map((code) => prefix + text(code));
  const value = (f: FieldSpec) =>
    failed?.values?.[f.name] ?? (failed ? sent[f.name] : undefined) ?? f.defaultValue;
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' }[columns];
  // A form re-renders with new defaults after a save: keying by them resets uncontrolled inputs.
  const key = state.status === 'success' ? `ok-${state.message}` : 'form';
  return (
    <form action={formAction} className="grid gap-4" noValidate aria-labelledby={labelledBy}>
      <FormMessage tone={state.status === 'success' ? 'success' : 'error'}>
        {state.status === 'success'
          ? state.message
          : failed && !failed.fieldErrors
            ? prefix + text(failed.message)
            : undefined}
      </FormMessage>
      <div key={key} className={`grid gap-4 ${grid}`}>
        {fields.map((f) =>
          f.type === 'hidden' ? (
            <input key={f.name} type="hidden" name={f.name} value={f.defaultValue} />
          ) : f.type === 'textarea' || f.type === 'select' ? (
            <Labelled
              key={f.name}
              spec={f}
              errors={fieldErrors(f.name)}
              value={value(f)}
              wide={f.wide || f.type === 'textarea'}
            />
          ) : (
            <Field
              key={f.name}
              name={f.name}
              label={f.label}
              hint={f.hint}
              type={f.type ?? 'text'}
              defaultValue={value(f)}
              required={f.required}
              autoComplete={f.autoComplete}
              inputMode={f.inputMode}
              errors={fieldErrors(f.name)}
              className={f.wide ? 'sm:col-span-full' : ''}
            />
          ),
        )}
      </div>
      {reauth && (
        <Field
          name="adminPassword"
          type="password"
          label={reauth.label}
          hint={reauth.hint}
          autoComplete="current-password"
          required
          errors={failed?.fieldErrors?.adminPassword?.map(text)}
          className="max-w-sm"
        />
      )}
      <SubmitButton
        label={submit.label}
        busyLabel={submit.busy}
        className={`justify-self-start ${submit.danger ? 'bg-red-700 hover:bg-red-800' : ''}`}
      />
    </form>
  );
}

function Labelled({
  spec,
  errors,
  value,
  wide,
}: {
  spec: FieldSpec;
  errors?: string[];
  value?: string;
  wide?: boolean;
}) {
  const hintId = spec.hint ? `${spec.name}-hint` : undefined;
  const errorId = errors?.length ? `${spec.name}-error` : undefined;
  const common = {
    id: spec.name,
    name: spec.name,
    defaultValue: value,
    required: spec.required,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
    className: 'input',
  } as const;
  return (
    <div className={`flex flex-col gap-1 ${wide ? 'sm:col-span-full' : ''}`}>
      <label htmlFor={spec.name} className="text-sm font-medium text-slate-800">
        {spec.label}
      </label>
      {spec.type === 'textarea' ? (
        <textarea
          {...common}
          rows={spec.rows ?? 6}
          className="input font-mono text-sm"
          spellCheck={false}
        />
      ) : (
        <select {...common}>
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      {hintId && (
        <p id={hintId} className="text-xs text-slate-600">
          {spec.hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
