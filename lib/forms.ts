/**
 * The one shape every form action returns (STYLE.md rule 2). Messages and field errors are codes
 * that the page's dictionary turns into sentences; `values` echoes non-secret fields back.
 */
export type FormState =
  | { status: 'idle' }
  | {
      status: 'error';
      message: string;
      fieldErrors?: Record<string, string[] | undefined>;
      values?: Record<string, string>;
    }
  | { status: 'success'; message: string };

export const IDLE: FormState = { status: 'idle' };

/** A refusal as form state: about one field when `field` is given, else about the whole form. */
export function refusedState(
  code: string,
  field?: string,
  values?: Record<string, string>,
): FormState {
  return field
    ? { status: 'error', message: 'generic', fieldErrors: { [field]: [code] }, values }
    : { status: 'error', message: code, values };
}

export { fieldErrorsOf, echoValues as echo } from './actions/form-input';
