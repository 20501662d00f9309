import fs from 'node:fs';
import path from 'node:path';

/** The id of a server action in this build, from the build's server-reference manifest. */
export function actionId(file: string, name: string): string {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === file && a.exportedName === name,
  );
  if (!found) throw new Error(`no server action ${name} in ${file} in this build`);
  return found[0];
}

export type Answer = { status: number; location: string; body: string };

/**
 * One person's browser without JavaScript: its cookies and its address (X-Forwarded-For through a
 * trusted local proxy); posts forms as such a browser does (multipart with the action id) to
 * whichever server `base` names.
 */
export class FormBrowser {
  private cookies = new Map<string, string>();
  constructor(private readonly ip: string) {}

  async post(
    base: string,
    pathname: string,
    action: string,
    fields: Record<string, string>,
  ): Promise<Answer> {
    const form = new FormData();
    form.set(`$ACTION_ID_${action}`, '');
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    return this.send(base, pathname, form);
  }

  /**
   * Calls an action as a page's form with `useActionState` does once JavaScript runs (the PIN pad
   * is such a form): `(previous state, form)` encoded by React, answered as RSC text whose state
   * the page shows in place.
   */
  async call(
    base: string,
    pathname: string,
    action: string,
    fields: Record<string, string>,
  ): Promise<Answer> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(`_1_${k}`, v);
    form.set('0', '[{"status":"idle"},"$K1"]');
    return this.send(base, pathname, form, { accept: 'text/x-component', 'next-action': action });
  }

  private async send(
    base: string,
    pathname: string,
    form: FormData,
    extra: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(`${base}${pathname}`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
      headers: {
        ...extra,
        origin: base,
        'x-forwarded-for': this.ip,
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      signal: AbortSignal.timeout(20_000),
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return {
      status: response.status,
      location: response.headers.get('location') ?? '',
      body: await response.text(),
    };
  }
}
