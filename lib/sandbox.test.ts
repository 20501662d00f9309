import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetEnvCache } from './env';
import { announceSandbox, sandboxEnabled, sandboxInProduction } from './sandbox';
import { GET as bankReport } from '@/app/api/sandbox/bank/transactions/route';
import { GET as bankTransaction } from '@/app/api/sandbox/bank/transactions/[id]/route';

const saved = { ...process.env };
beforeEach(() => {
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-sandbox-'));
  for (const k of ['APP_ENV', 'SANDBOX']) delete process.env[k];
  resetEnvCache();
});
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
  vi.restoreAllMocks();
});

/** A production configuration with real secrets, as an operator would start it. */
function production(sandbox?: 'on' | 'off') {
  process.env.APP_ENV = 'production';
  process.env.APP_URL = 'https://kai.example';
  for (const k of ['AUTH_SECRET', 'PIN_PEPPER', 'TICKET_SIGNING_KEY', 'PAYMENT_SERVER_KEY'])
    process.env[k] = `${k}-`.padEnd(40, 'x');
  if (sandbox) process.env.SANDBOX = sandbox;
  resetEnvCache();
}

describe('sandbox switch', () => {
  it('is on by default in development (the demo) and off with SANDBOX=off', () => {
    expect(sandboxEnabled()).toBe(true);
    expect(sandboxInProduction()).toBe(false);
    process.env.SANDBOX = 'off';
    resetEnvCache();
    expect(sandboxEnabled()).toBe(false);
  });

  it('is off by default with APP_ENV=production, and its API routes answer 404', async () => {
    production();
    expect(sandboxEnabled()).toBe(false);
    const report = await bankReport(new Request('http://x/api/sandbox/bank/transactions?since=0'));
    expect(report.status).toBe(404);
    const one = await bankTransaction(new Request('http://x/api/sandbox/bank/transactions/t1'), {
      params: Promise.resolve({ id: 't1' }),
    });
    expect(one.status).toBe(404);
  });

  it('turned on explicitly in production, it is loud: a banner flag and a warning at start', () => {
    production('on');
    expect(sandboxEnabled()).toBe(true);
    expect(sandboxInProduction()).toBe(true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    announceSandbox();
    const line = JSON.parse(String(stderr.mock.calls[0]?.[0]));
    expect(line).toMatchObject({ level: 'warn', event: 'sandbox.enabled_in_production' });
  });

  it('says nothing loud in development', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    announceSandbox();
    expect(stderr).not.toHaveBeenCalled();
  });
});
