import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorker } from '../lib/testing/run-worker';
import {
  TWO_SERVERS_PASSWORD,
  TWO_SERVERS_PIN,
  TWO_SERVERS_WRONG_PIN,
} from '../lib/testing/two-servers/constants';
import { adminQuery, databaseUrl } from '../scripts/pg/template';
import { actionId, FormBrowser } from './support/form-posts';

/**
 * Issue 15.5: two production servers on two ports against ONE PostgreSQL database, as two machines
 * behind a load balancer would be. Nothing that decides a sale, a credit or a PIN lock may live in
 * one server's memory: a race for one seat across both has one winner, a bank notification
 * delivered to both credits once, and wrong PINs sent through both lock the wallet after three.
 * Runs in the PostgreSQL half of the suite only (a SQLite file cannot be shared by two machines).
 */

const adminUrl = process.env.PG_TEST_ADMIN_URL!;
const database = `kai_two_${Date.now().toString(36)}`;
const url = databaseUrl(adminUrl, database);
// One data directory for both: the servers share their secrets (sessions, signing keys), as a
// deployment shares them through its environment.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-two-servers-'));
const PORTS = [3192, 3193] as const;
const bases = PORTS.map((port) => `http://127.0.0.1:${port}`);
const common = {
  DATABASE_URL: url,
  DATA_DIR: dir,
  PAYMENT_SERVER_KEY: 'two-servers-test-server-key-0123456789',
  SKIP_BUILD: '1',
  LOG_LEVEL: 'error',
  NEXT_TELEMETRY_DISABLED: '1',
  TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1',
};
const PASSENGERS = 12;

type Setup = {
  passengers: { userId: number; email: string; phone: string }[];
  trip: { tripId: number; coach: number; origin: string; to: string };
  notification: Record<string, unknown> & { order_id: string };
};
type Check = {
  seatHolders: string[];
  credits: number;
  wallet: { pin_failures: number; pin_locked_until: number | null; balance: number };
  paidByGuesser: number;
  problems: string[];
};

const servers: ChildProcess[] = [];
let setup: Setup;

function start(port: number, jobs: boolean): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...common, PORT: String(port), KAI_BACKGROUND_JOBS: jobs ? '1' : '0' },
    detached: true,
    stdio: 'ignore',
  });
}

async function healthy(base: string): Promise<void> {
  await expect(async () => expect((await fetch(`${base}/api/health`)).ok).toBe(true)).toPass({
    timeout: 120_000,
  });
}

const ids = () => ({
  login: actionId('app/(auth)/actions.ts', 'login'),
  hold: actionId('app/booking/actions.ts', 'holdBooking'),
  pay: actionId('app/checkout/[code]/actions.ts', 'payBookingWithKaipay'),
});

function holdFields(trip: Setup['trip'], phone: string, seat: string): Record<string, string> {
  return {
    tripId: String(trip.tripId),
    origin: trip.origin,
    destination: trip.to,
    seatClass: 'eksekutif',
    adults: '1',
    infants: '0',
    adult_0_name: 'Dewi Lestari',
    adult_0_idType: 'nik',
    adult_0_idNumber: '3273015503920001',
    adult_0_seat: `${trip.coach}:${seat}`,
    contactName: 'Dewi Lestari',
    contactEmail: 'dewi@contoh.id',
    contactPhone: phone,
  };
}

function draftQuery(trip: Setup['trip']): string {
  return new URLSearchParams({
    trip: String(trip.tripId),
    from: trip.origin,
    to: trip.to,
    class: 'eksekutif',
    adults: '1',
  }).toString();
}

const codeIn = (location: string) =>
  /^\/booking\/([A-Z0-9]{7})$/.exec(new URL(location || '/', bases[0]).pathname)?.[1];

async function check(args: string[]): Promise<Check> {
  return runWorker<Check>('lib/testing/two-servers/check.ts', args, common);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await adminQuery(adminUrl, `create database ${database}`);
  // The first server migrates and seeds; the second starts on the ready database, and runs no
  // background jobs (one machine runs them, see the README's section on running at scale).
  servers.push(start(PORTS[0], true));
  await healthy(bases[0]!);
  servers.push(start(PORTS[1], false));
  await healthy(bases[1]!);
  setup = await runWorker<Setup>('lib/testing/two-servers/setup.ts', [String(PASSENGERS)], common);
});

test.afterAll(async () => {
  for (const server of servers) {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  await adminQuery(adminUrl, `drop database if exists ${database} with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a race for one seat across two servers has exactly one winner', async () => {
  test.setTimeout(120_000);
  const action = ids();
  const browsers = setup.passengers.map((_, i) => new FormBrowser(`10.30.0.${i + 1}`));
  await Promise.all(
    setup.passengers.map(async (p, i) => {
      const login = await browsers[i]!.post(bases[i % 2]!, '/login', action.login, {
        identifier: p.email,
        password: TWO_SERVERS_PASSWORD,
        next: '/',
      });
      expect(login.status, `login of ${p.email}`).toBe(303);
    }),
  );
  const answers = await Promise.all(
    setup.passengers.map((p, i) =>
      browsers[i]!.post(
        bases[i % 2]!,
        `/booking/new?${draftQuery(setup.trip)}`,
        action.hold,
        holdFields(setup.trip, p.phone, '1A'),
      ),
    ),
  );
  const winners = answers.map((a) => codeIn(a.location)).filter((c): c is string => !!c);
  expect(answers.every((a) => a.status < 500)).toBe(true);
  expect(winners).toHaveLength(1);
  const after = await check([
    String(setup.trip.tripId),
    String(setup.trip.coach),
    '1A',
    'none',
    '0',
  ]);
  expect(after.seatHolders).toEqual(winners);
  expect(after.problems).toEqual([]);
});

test('a bank notification delivered to both servers, three times each, credits once', async () => {
  const body = JSON.stringify(setup.notification);
  const answers = await Promise.all(
    [0, 1, 0, 1, 0, 1].map((i) =>
      fetch(`${bases[i]}/api/payments/notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    ),
  );
  expect(answers.map((a) => a.status).every((s) => s === 200)).toBe(true);
  const after = await check(['0', '0', 'none', setup.notification.order_id, '0']);
  expect(after.credits).toBe(1);
  expect(after.problems).toEqual([]);
});

test('wrong PINs sent through both servers lock the wallet after three, and it stays locked on either', async () => {
  test.setTimeout(120_000);
  const action = ids();
  const guesser = setup.passengers.at(-1)!;
  const browser = new FormBrowser('10.30.1.1');
  const login = await browser.post(bases[0]!, '/login', action.login, {
    identifier: guesser.email,
    password: TWO_SERVERS_PASSWORD,
    next: '/',
  });
  expect(login.status).toBe(303);
  const hold = await browser.post(
    bases[0]!,
    `/booking/new?${draftQuery(setup.trip)}`,
    action.hold,
    holdFields(setup.trip, guesser.phone, '9D'),
  );
  const code = codeIn(hold.location);
  expect(code, 'the guesser holds a seat to pay for').toBeTruthy();
  const before = await check(['0', '0', 'none', 'none', String(guesser.userId)]);

  // Six wrong guesses at once, alternating servers: only three may be judged, then the lock holds.
  const guesses = await Promise.all(
    [0, 1, 0, 1, 0, 1].map((i) =>
      browser.post(bases[i]!, `/checkout/${code}`, action.pay, {
        code: code!,
        pin: TWO_SERVERS_WRONG_PIN,
      }),
    ),
  );
  expect(guesses.every((g) => g.status === 200)).toBe(true);
  const locked = await check(['0', '0', 'none', 'none', String(guesser.userId)]);
  expect(locked.wallet.pin_failures).toBe(3);
  expect(locked.wallet.pin_locked_until).toBeGreaterThan(Date.now());

  // The right PIN, now, through either server: refused while locked, nothing paid or debited.
  for (const base of bases) {
    const right = await browser.post(base, `/checkout/${code}`, action.pay, {
      code: code!,
      pin: TWO_SERVERS_PIN,
    });
    expect(right.location).not.toContain(`/tickets/${code}`);
  }
  const after = await check(['0', '0', 'none', 'none', String(guesser.userId)]);
  expect(after.paidByGuesser).toBe(0);
  expect(after.wallet.balance).toBe(before.wallet.balance);
  expect(after.problems).toEqual([]);
});
