import 'server-only';
import type { z } from 'zod';
import { IDLE, type FormState } from '@/lib/forms';
import { echoValues, fieldErrorsOf, formInput } from './form-input';

/**
 * What every wrapped action is: callable by `useActionState` as `(previous, form)` and by a plain
 * `<form action>` as `(form)`. Either way it answers with the one form state.
 */
export type FormAction = {
  (form: FormData): Promise<void>;
  (previous: FormState, form: FormData): Promise<FormState>;
};

export type ActionBody<S extends z.ZodObject, C> = (
  input: z.output<S>,
  context: C,
) => Promise<FormState | void> | FormState | void;

export type ActionOptions<S extends z.ZodObject> = {
  /** Non-secret fields echoed back on a refusal so the form keeps them (never PINs or passwords). */
  echo?: readonly (keyof z.input<S> & string)[] | ((form: FormData) => Record<string, string>);
  /** The message of a form that fails its schema; by default the first issue's code. */
  invalidMessage?: string;
  /** For nested forms (passengers[0].name): builds the input instead of the schema's top keys. */
  input?: (form: FormData) => unknown;
  /** For nested forms: names each issue's field as the form does. */
  fieldErrors?: (error: z.ZodError) => Record<string, string[]>;
};

/**
 * The one path every server action takes: find the caller (which may redirect or 404), build the
 * input from the schema's own keys, parse it, then run the body with the parsed input. A body that
 * refuses returns a form state; one that succeeds usually redirects (outside any try/catch, as
 * Next's redirect throws).
 */
export function defineAction<S extends z.ZodObject, C>(
  schema: S,
  caller: (form: FormData) => Promise<C>,
  body: ActionBody<S, C>,
  options: ActionOptions<S> = {},
): FormAction {
  return (async (previous: FormState | FormData, maybeForm?: FormData): Promise<FormState> => {
    const form = previous instanceof FormData ? previous : maybeForm;
    if (!(form instanceof FormData)) return { status: 'error', message: 'generic' };
    const context = await caller(form);
    const values =
      typeof options.echo === 'function'
        ? options.echo(form)
        : options.echo && echoValues(form, options.echo);
    const parsed = schema.safeParse(options.input ? options.input(form) : formInput(schema, form));
    if (!parsed.success) {
      const message = options.invalidMessage ?? parsed.error.issues[0]?.message ?? 'generic';
      const fieldErrors = (options.fieldErrors ?? fieldErrorsOf)(parsed.error);
      return { status: 'error', message, fieldErrors, values };
    }
    const result = (await body(parsed.data, context)) ?? IDLE;
    return result.status === 'error' && values && !result.values ? { ...result, values } : result;
  }) as FormAction;
}
