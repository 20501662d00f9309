import type { z } from 'zod';

/** The one shape every form action returns (STYLE.md rule 2). Messages and field errors are codes. */
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

/** Field errors of a failed parse as codes per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** The non-secret text fields of a form, echoed back so a refused form keeps what was typed. */
export function echo(form: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? '')]));
}
