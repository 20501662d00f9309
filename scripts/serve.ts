/**
 * The production HTTP server that `npm start` runs: Next's own request handler behind a plain
 * node:http server, so that the client's address comes from the TCP socket (issue 9.6). `next start`
 * offers no hook for that and keeps a client's forged X-Forwarded-For; here forwarded headers count
 * only from TRUSTED_PROXIES (see lib/client-address.ts).
 */
import crypto from 'node:crypto';
import http from 'node:http';

// Next picks its production mode from NODE_ENV; set it before Next is loaded, as `next start` does.
(process.env as Record<string, string>).NODE_ENV = 'production';

async function main(): Promise<void> {
  const { env } = await import('../lib/env');
  const { CLIENT_ADDRESS_HEADER_ENV, parseTrustedProxies, withClientAddress } =
    await import('../lib/client-address');
  const { default: next } = await import('next');
  const config = env();
  // A header name nobody outside this process knows: a client cannot send a value for it.
  const headerName = `x-kai-client-${crypto.randomBytes(16).toString('hex')}`;
  process.env[CLIENT_ADDRESS_HEADER_ENV] = headerName;
  const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer(
    withClientAddress(
      (req, res) => handle(req, res),
      parseTrustedProxies(config.TRUSTED_PROXIES),
      headerName,
    ),
  );
  server.listen(config.PORT, () => process.stdout.write(`Ready on port ${config.PORT}\n`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
