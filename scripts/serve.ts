/**
 * The production HTTP server that `npm start` runs: Next's own request handler behind a plain
 * node:http server, so that the client's address comes from the TCP socket (issue 9.6). `next start`
 * offers no hook for that and keeps a client's forged X-Forwarded-For; here forwarded headers count
 * only from TRUSTED_PROXIES (see lib/client-address.ts).
 *
 * WEB_CONCURRENCY=N (default 1) forks N such servers on the one port (node:cluster hands each new
 * connection to a worker) and the one database: the SQLite file (WAL) or PostgreSQL, where each
 * worker keeps its own pool of up to PG_POOL_MAX connections (N x PG_POOL_MAX in all). Rate limits,
 * locks and clocks live in the database, so the processes agree. Each worker resolves client
 * addresses from its own sockets.
 * The background jobs (instrumentation.ts) run in the first worker only: KAI_BACKGROUND_JOBS=0 for
 * the others, and a worker that dies is replaced in the same role.
 */
import cluster from 'node:cluster';
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
  const handler = withClientAddress(
    (req, res) => handle(req, res),
    parseTrustedProxies(config.TRUSTED_PROXIES),
    headerName,
  );
  const server = http.createServer((req, res) => {
    // When a server action redirects to a page of this app, Next fetches that page from this very
    // server and streams it back in the action's answer, forwarding the action's request headers,
    // ours included: a request that arrives with our secret header comes from this process. Its
    // answer is read here, not sent over a network, so it is not compressed (Next would gzip it and
    // the fetch gunzip it again, for every action that ends in a redirect: a tenth of the CPU of
    // a hold or a payment).
    if (req.headers[headerName] !== undefined) delete req.headers['accept-encoding'];
    return handler(req, res);
  });
  server.listen(config.PORT, () => process.stdout.write(`Ready on port ${config.PORT}\n`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      server.close();
      void app.close().finally(() => process.exit(0));
    });
}

/** Forks `count` workers (this same script) and keeps them running until SIGINT/SIGTERM. */
function supervise(count: number): void {
  let stopping = false;
  const fork = (jobs: boolean) => {
    const worker = cluster.fork({ KAI_BACKGROUND_JOBS: jobs ? '1' : '0' });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      process.stderr.write(`Server worker exited (${signal ?? code}); starting another.\n`);
      fork(jobs);
    });
  };
  for (let i = 0; i < count; i++) fork(i === 0);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      let left = workers.length;
      if (left === 0) process.exit(0);
      for (const w of workers) {
        w?.once('exit', () => --left === 0 && process.exit(0));
        w?.kill(signal);
      }
    });
}

const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? '1', 10) || 1);
if (cluster.isPrimary && workers > 1) supervise(workers);
else
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
