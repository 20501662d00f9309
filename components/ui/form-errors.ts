import { sentence } from '@/lib/i18n/lookup';
import type { FormState } from '@/lib/forms';

/** Turns the error codes of a form state into sentences from the given dictionary. */
export function formErrors(state: FormState, dictionary: Record<string, string>) {
  const text = (code: string) => sentence(dictionary, code) ?? code;
  if (state.status !== 'error')
    return { field: () => undefined, message: undefined, values: {} as Record<string, string> };
  return {
    field: (name: string) => state.fieldErrors?.[name]?.map(text),
    message: state.fieldErrors ? undefined : text(state.message),
    values: state.values ?? {},
  };
}
