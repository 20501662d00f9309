'use client';

import { useActionState, type ComponentProps } from 'react';
import { Field } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/ui/form-message';
import { formErrors } from '@/components/ui/form-errors';
import { IDLE, type FormState } from '@/lib/forms';
import { SeatPicker } from './seat-picker';
import { sentence } from '@/lib/i18n/lookup';

export type BookingFormLabels = {
  passengers: string;
  adults: string[];
  infants: string[];
  name: string;
  idType: string;
  nik: string;
  passport: string;
  idNumber: string;
  infantNik: string;
  contact: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  submit: string;
  busy: string;
  seats: ComponentProps<typeof SeatPicker>['labels'];
};

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  contact: { fullName: string; email: string; phone: string };
  seatPicker: Omit<ComponentProps<typeof SeatPicker>, 'labels' | 'passengers'> & { key: string };
  /** A connection's second train: its own seat map, with its own title. */
  seatPicker2?: Omit<ComponentProps<typeof SeatPicker>, 'labels' | 'passengers'> & {
    key: string;
    title: string;
    firstTitle: string;
  };
  labels: BookingFormLabels;
  errors: Record<string, string>;
  summary: React.ReactNode;
};

/** Passenger data, seats and contact in one form; the server re-checks everything. */
export function BookingForm({
  action,
  hidden,
  contact,
  seatPicker,
  seatPicker2,
  labels,
  errors,
  summary,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const all = formErrors(state, errors);
  // One sentence once per field: a name that is both too short and has a digit breaks two rules
  // with the same message, and printing it twice reads as two problems.
  const e = {
    ...all,
    field: (name: string) => {
      const list = all.field(name);
      return list && [...new Set(list)];
    },
  };
  const v = e.values;
  const message = state.status === 'error' ? sentence(errors, state.message) : undefined;
  const { key: pickerKey, ...picker } = seatPicker;
  return (
    <form action={formAction} className="grid gap-6" noValidate>
      {Object.entries(hidden).map(([k, value]) => (
        <input key={k} type="hidden" name={k} value={value} />
      ))}
      {summary}
      <FormMessage tone="error">{message}</FormMessage>
      <fieldset className="card grid gap-4">
        <legend className="px-1 text-lg font-semibold">{labels.passengers}</legend>
        {labels.adults.map((title, i) => (
          <div
            key={title}
            className="grid gap-3 border-b border-slate-200 pb-4 last:border-0 sm:grid-cols-3"
          >
            <h3 className="font-medium sm:col-span-3">{title}</h3>
            <Field
              name={`adult_${i}_name`}
              label={labels.name}
              autoComplete={i === 0 ? 'name' : 'off'}
              defaultValue={v[`adult_${i}_name`] ?? (i === 0 ? contact.fullName : '')}
              errors={e.field(`adult_${i}_name`)}
            />
            <div className="flex flex-col gap-1">
              <label htmlFor={`adult_${i}_idType`} className="text-sm font-medium">
                {labels.idType}
              </label>
              <select
                key={v[`adult_${i}_idType`] ?? 'nik'}
                id={`adult_${i}_idType`}
                name={`adult_${i}_idType`}
                className="input"
                defaultValue={v[`adult_${i}_idType`] ?? 'nik'}
              >
                <option value="nik">{labels.nik}</option>
                <option value="passport">{labels.passport}</option>
              </select>
            </div>
            <Field
              name={`adult_${i}_idNumber`}
              label={labels.idNumber}
              defaultValue={v[`adult_${i}_idNumber`]}
              errors={e.field(`adult_${i}_idNumber`)}
            />
          </div>
        ))}
        {labels.infants.map((title, i) => (
          <div key={title} className="grid gap-3 sm:grid-cols-3">
            <h3 className="font-medium sm:col-span-3">{title}</h3>
            <Field
              name={`infant_${i}_name`}
              label={labels.name}
              defaultValue={v[`infant_${i}_name`]}
              errors={e.field(`infant_${i}_name`)}
            />
            <Field
              name={`infant_${i}_idNumber`}
              label={labels.infantNik}
              inputMode="numeric"
              defaultValue={v[`infant_${i}_idNumber`]}
              errors={e.field(`infant_${i}_idNumber`)}
            />
          </div>
        ))}
        {e.field('infants') && (
          <p role="alert" className="text-sm text-red-700">
            {e.field('infants')!.join(' ')}
          </p>
        )}
      </fieldset>
      <div className="card">
        <SeatPicker
          key={pickerKey}
          {...picker}
          passengers={labels.adults}
          labels={seatPicker2 ? { ...labels.seats, title: seatPicker2.firstTitle } : labels.seats}
        />
      </div>
      {seatPicker2 && (
        <div className="card" data-testid="seat-picker-2">
          <SeatPicker
            key={seatPicker2.key}
            coaches={seatPicker2.coaches}
            initial={seatPicker2.initial}
            suffix="2"
            passengers={labels.adults}
            labels={{ ...labels.seats, title: seatPicker2.title }}
          />
        </div>
      )}
      <fieldset className="card grid gap-3 sm:grid-cols-3">
        <legend className="px-1 text-lg font-semibold">{labels.contact}</legend>
        <Field
          name="contactName"
          label={labels.contactName}
          autoComplete="name"
          defaultValue={v.contactName ?? contact.fullName}
          errors={e.field('contactName')}
        />
        <Field
          name="contactEmail"
          type="email"
          label={labels.contactEmail}
          autoComplete="email"
          defaultValue={v.contactEmail ?? contact.email}
          errors={e.field('contactEmail')}
        />
        <Field
          name="contactPhone"
          type="tel"
          label={labels.contactPhone}
          autoComplete="tel"
          defaultValue={v.contactPhone ?? contact.phone}
          errors={e.field('contactPhone')}
        />
      </fieldset>
      <SubmitButton label={labels.submit} busyLabel={labels.busy} className="w-full sm:w-auto" />
    </form>
  );
}
