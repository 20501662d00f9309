import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorker } from '../lib/testing/run-worker';
import { ownDatabase } from './support/database';

// Its own server on its own database (on the run's engine): this test kills it.
const PORT = 3190;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-crash-'));
const database = ownDatabase(dir, 'kai_crash');
const env = {
  PORT: String(PORT),
  ...database.env,
  DATA_DIR: dir,
  PAYMENT_SERVER_KEY: 'crash-test-server-key-0123456789',
  SKIP_BUILD: '1',
  LOG_LEVEL: 'error',
  NEXT_TELEMETRY_DISABLED: '1',
};
const VAS = 60;

function startServer(): ChildProcess {
  // Its own process group, so SIGKILL takes next start down with the wrapper, as a power cut would.
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    detached: true,
    stdio: 'ignore',
  });
}

async function healthy(): Promise<void> {
  await expect(async () =>
    expect((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok).toBe(true),
  ).toPass({ timeout: 60_000 });
}

let server: ChildProcess | undefined;
test.beforeAll(() => database.create());
test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("SIGKILL while notifications are applied: after a restart and the sender's retries, every top-up is credited exactly once", async () => {
  test.setTimeout(240_000);
  server = startServer();
  await healthy();
  const numbers = await runWorker<string[]>(
    'lib/payments/testing/crash-setup.ts',
    [String(VAS)],
    env,
  );
  const bodiesFile = path.join(dir, 'bodies.json');
  await runWorker(
    'lib/payments/testing/sign-bodies.ts',
    [JSON.stringify(numbers), bodiesFile, '100000'],
    env,
  );

  // Each notification three times, bodies started 50 ms apart; the server dies partway through.
  const sender = runWorker<{ acknowledged: number; sent: number }>(
    'lib/payments/testing/notify-sender.ts',
    [bodiesFile, `http://127.0.0.1:${PORT}/api/payments/notify`, '3', '120000', '50'],
    env,
  );
  await new Promise((r) => setTimeout(r, 1500));
  process.kill(-server.pid!, 'SIGKILL');
  const atCrash = await runWorker<{ transfers: number; problems: string[] }>(
    'lib/payments/testing/crash-check.ts',
    [],
    env,
  );
  expect(atCrash.transfers).toBeGreaterThan(0);
  expect(atCrash.transfers).toBeLessThan(VAS);
  expect(atCrash.problems).toEqual([]);

  await new Promise((r) => setTimeout(r, 2000));
  server = startServer();
  await healthy();
  expect(await sender).toEqual({ acknowledged: VAS * 3, sent: VAS * 3 });

  const after = await runWorker<{
    balances: { number: string; balance: number }[];
    transfers: number;
    problems: string[];
  }>('lib/payments/testing/crash-check.ts', [], env);
  expect(after.transfers).toBe(VAS);
  expect(after.balances).toHaveLength(VAS);
  for (const b of after.balances) expect(b.balance).toBe(100_000);
  expect(after.problems).toEqual([]);
});
