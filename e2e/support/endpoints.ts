import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * Every server action and route handler of the build under test, and a way to call an action over
 * HTTP exactly as React's client does, for the fuzzing and the authorization matrix.
 */

export type BuiltAction = { id: string; name: string; file: string; path: string };

/** A page path the action is registered on ("app/booking/[code]/page" → "/booking/XXXXXXX"). */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, '')
    .replace(/\/?page$/, '')
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? 'XXXXXXX' : s));
  return '/' + segments.join('/');
}

/**
 * The actions in the build's server-action manifest (`<distDir>/server/server-reference-manifest.json`:
 * `node[id] = { workers: { "app/.../page": ... }, exportedName, filename }`), keyed as `file#name`.
 */
export function builtActions(): BuiltAction[] {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; exportedName: string; filename: string }
    >;
  };
  return Object.entries(manifest.node)
    .map(([id, entry]) => {
      const pages = Object.keys(entry.workers).filter((w) => w.endsWith('/page'));
      // Prefer a page without dynamic segments; any page that imports the action will run it.
      const worker = pages.find((w) => !w.includes('[')) ?? pages[0] ?? 'app/page';
      return { id, name: entry.exportedName, file: entry.filename, path: pagePath(worker) };
    })
    .sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The page routes of the build under test ("/booking/[code]"), route groups dropped. */
export function builtPages(): Set<string> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server', 'app-paths-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return new Set(
    Object.keys(manifest)
      .filter((k) => k.endsWith('/page') && !k.startsWith('/_'))
      .map((k) => k.replace(/\/\([^/]*\)/g, '').replace(/\/page$/, '') || '/'),
  );
}

export type BuiltRoute = { file: string; methods: string[] };

/** The route files the build under test has ("app/api/health/route.ts"), from its app-paths manifest. */
export function builtRouteFiles(): Set<string> {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(
    fs.readFileSync(path.join(distDir, 'server', 'app-paths-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  return new Set(
    Object.values(manifest)
      .filter((f) => /\/route\.js$/.test(f))
      .map((f) => f.replace(/\.js$/, '.ts')),
  );
}

/** Every app/**\/route.ts with the HTTP methods it exports (functions, consts, or destructured). */
export function routeHandlers(): BuiltRoute[] {
  const found: BuiltRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        const exported = new Set<string>();
        for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g))
          exported.add(m[1]!);
        for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}/g))
          for (const n of m[1]!.split(','))
            exported.add(
              n
                .trim()
                .split(/\s*:\s*/)
                .pop()!,
            );
        const methods = METHODS.filter((verb) => exported.has(verb));
        found.push({ file: full.split(path.sep).join('/'), methods });
      }
    }
  };
  walk('app');
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

export type Fields = Record<string, string | string[]>;

/**
 * The multipart body React's client sends for `action(previousState, formData)` (useActionState)
 * or `action(formData)` (a plain `<form action>`): the form's entries as "_1_<name>", then part "0",
 * the JSON argument list, where "$K1" stands for that form.
 */
export function actionBody(fields: Fields, shape: 'state' | 'form' = 'state'): Multipart {
  const parts: [string, string][] = [];
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) parts.push([`_1_${name}`, v]);
  // The root goes last, as React's client sets it: the server resolves "$K1" as soon as "0" is read.
  parts.push(['0', JSON.stringify(shape === 'state' ? [{ status: 'idle' }, '$K1'] : ['$K1'])]);
  return multipart(parts);
}

/** A multipart/form-data body, written out by hand so a test controls every byte. */
export type Multipart = { raw: Buffer; contentType: string };

export function multipart(parts: [string, string][]): Multipart {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  const chunks = parts.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    raw: Buffer.from(chunks.join('') + `--${boundary}--\r\n`, 'utf8'),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export type ActionAnswer = {
  status: number;
  /** Where the action redirected (Next's `x-action-redirect`), if it did. */
  redirect: string | null;
  /** The RSC payload (the returned form state is in it). */
  text: string;
};

/** POSTs to an action as the browser does (Next-Action header); `body` may be raw for fuzzing. */
export async function callAction(
  request: APIRequestContext,
  action: Pick<BuiltAction, 'id' | 'path'>,
  body: Multipart,
): Promise<ActionAnswer> {
  const response = await request.post(action.path, {
    headers: {
      'Next-Action': action.id,
      Accept: 'text/x-component',
      'Content-Type': body.contentType,
    },
    data: body.raw,
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    redirect: response.headers()['x-action-redirect'] ?? null,
    text: await response.text(),
  };
}

/**
 * The form state an action answered with, if any: row 0 of the RSC payload names the action's
 * result row ("a":"$@1"), which holds {"status":"error",...} (the rest may be a re-rendered page).
 */
export function formStatus(answer: ActionAnswer): 'error' | 'success' | 'idle' | null {
  const row = /"a":"\$@(\w+)"/.exec(answer.text)?.[1];
  if (!row) return null;
  // A long string travels as its own text row before the result, on the same line: search.
  const m = new RegExp(`(?:^|[^0-9a-f])${row}:\\{"status":"(error|success|idle)"`).exec(
    answer.text,
  );
  return (m?.[1] as 'error' | 'success' | 'idle' | undefined) ?? null;
}
