/** `npm start`: prepare the database, build when needed, then serve on PORT (default 3000). */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { env } from '../lib/env';
import { prepareDatabase } from './prepare';
import { buildIfNeeded } from './build-if-needed';
import { serverNodeArgs } from './server-args';

// Next's telemetry would call out to the internet; nothing here may.
process.env.NEXT_TELEMETRY_DISABLED = '1';

async function main(): Promise<void> {
  const config = env();
  await prepareDatabase();
  if (process.env.SKIP_BUILD !== '1') buildIfNeeded();
  if (config.SANDBOX === 'on' && config.APP_ENV === 'production')
    process.stderr.write(
      'WARNING: SANDBOX=on in production: /sandbox/bank pays any VA and /sandbox/inbox shows every OTP.\n',
    );
  // WEB_CONCURRENCY=N: N server processes behind the one port (scripts/serve.ts).
  const processes = Number.parseInt(process.env.WEB_CONCURRENCY ?? '1', 10) || 1;
  process.stdout.write(
    `Serving on http://localhost:${config.PORT}${processes > 1 ? ` with ${processes} processes` : ''}\n`,
  );
  const server = spawn(
    process.execPath,
    // Our own server around Next's handler: it takes the client's address from the socket (9.6).
    [...serverNodeArgs(), '--import', 'tsx', path.join('scripts', 'serve.ts')],
    {
      stdio: 'inherit',
      env: process.env,
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
