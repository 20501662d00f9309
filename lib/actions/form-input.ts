import type { z } from 'zod';

/**
 * The plain object a schema parses, built from a form by the schema's own keys: a FormData value is
 * a string (or a File for uploads); a key the form repeats arrives as an array, which the schema then
 * refuses as it would any other wrong type. Keys the schema does not name are never read.
 */
export function formInput(schema: z.ZodObject, form: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const values = form.getAll(key);
    if (values.length === 1) input[key] = values[0];
    else if (values.length > 1) input[key] = values;
  }
  return input;
}

/** The non-secret text fields of a form, echoed back so a refused form keeps what was typed. */
export function echoValues(form: FormData, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    keys.map((k) => {
      const v = form.get(k);
      return [k, typeof v === 'string' ? v.slice(0, 500) : ''];
    }),
  );
}

/** Field errors of a failed parse as codes per top-level field ('_' for the whole form). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
