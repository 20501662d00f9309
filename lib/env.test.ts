import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { env, resetEnvCache } from './env';
import { redact } from './log';
import { runWorker } from './testing/run-worker';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

describe('configuration', () => {
  it('generates development secrets once and keeps them under the data directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-env-'));
    process.env.DATA_DIR = dir;
    for (const k of [
      'AUTH_SECRET',
      'PIN_PEPPER',
      'PAYMENT_SERVER_KEY',
      'TICKET_SIGNING_KEY',
      'APP_ENV',
    ])
      delete process.env[k];
    const first = env().AUTH_SECRET;
    expect(first.length).toBeGreaterThanOrEqual(32);
    resetEnvCache();
    expect(env().AUTH_SECRET).toBe(first);
    expect(fs.statSync(path.join(dir, 'secrets.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses to start in production without real secrets, naming what is missing', () => {
    process.env.APP_ENV = 'production';
    process.env.AUTH_SECRET = 'x'.repeat(40);
    for (const k of ['PIN_PEPPER', 'PAYMENT_SERVER_KEY', 'TICKET_SIGNING_KEY'])
      delete process.env[k];
    expect(() => env()).toThrow(
      /APP_ENV=production needs real secrets; missing: PIN_PEPPER, PAYMENT_SERVER_KEY, TICKET_SIGNING_KEY/,
    );
  });

  it('refuses to start in production without an https APP_URL (cookies would not be Secure)', () => {
    process.env.APP_ENV = 'production';
    for (const k of ['AUTH_SECRET', 'PIN_PEPPER', 'PAYMENT_SERVER_KEY', 'TICKET_SIGNING_KEY'])
      process.env[k] = 'k'.repeat(40);
    delete process.env.APP_URL;
    expect(() => env()).toThrow(/APP_ENV=production needs APP_URL/);
    process.env.APP_URL = 'http://kai.example';
    resetEnvCache();
    expect(() => env()).toThrow(/APP_ENV=production needs APP_URL/);
    process.env.APP_URL = 'https://kai.example';
    resetEnvCache();
    expect(env().APP_URL).toBe('https://kai.example');
  });

  it('turns the sandbox off by default in production and on by default elsewhere', () => {
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-env-'));
    delete process.env.SANDBOX;
    delete process.env.APP_ENV;
    expect(env().SANDBOX).toBe('on');
    process.env.APP_ENV = 'production';
    process.env.APP_URL = 'https://kai.example';
    for (const k of ['AUTH_SECRET', 'PIN_PEPPER', 'PAYMENT_SERVER_KEY', 'TICKET_SIGNING_KEY'])
      process.env[k] = 'k'.repeat(40);
    resetEnvCache();
    expect(env().SANDBOX).toBe('off');
    process.env.SANDBOX = 'on';
    resetEnvCache();
    expect(env().SANDBOX).toBe('on');
  });

  it('refuses a bad port with a clear message', () => {
    process.env.PORT = 'eighty';
    expect(() => env()).toThrow(/Invalid configuration: PORT/);
  });

  it('takes a PostgreSQL DATABASE_URL and refuses any other kind, which would silently mean SQLite', () => {
    process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-env-'));
    for (const url of ['postgres://kai:geheim@db.internal:5432/kai', 'postgresql:///kai']) {
      process.env.DATABASE_URL = url;
      resetEnvCache();
      expect(env().DATABASE_URL).toBe(url);
    }
    process.env.DATABASE_URL = '';
    resetEnvCache();
    expect(env().DATABASE_URL).toBeUndefined();
    for (const url of ['mysql://db/kai', 'data/kai.db', 'postgres:kai']) {
      process.env.DATABASE_URL = url;
      resetEnvCache();
      expect(() => env()).toThrow(/Invalid configuration: DATABASE_URL: must be a postgres/);
    }
  });
});

describe('log redaction', () => {
  it('never writes passwords, PINs, OTPs, tokens or signatures, at any depth', () => {
    const out = redact({
      userId: 3,
      password: 'rahasia',
      body: { pin: '582917', otpCode: '123456', nested: [{ signature_key: 'ab', token: 't' }] },
    });
    expect(JSON.stringify(out)).not.toMatch(/rahasia|582917|123456|"ab"|"t"/);
    expect(out).toMatchObject({ userId: 3, password: '[redacted]' });
  });
});

describe('development secrets', () => {
  it('are one set when several processes start on a new data directory at the same instant', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-secrets-'));
    const at = String(Date.now() + 3_000);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        runWorker<{ authSecret: string }>('lib/testing/secrets-worker.ts', [at], {
          DATA_DIR: dir,
          APP_ENV: 'development',
        }),
      ),
    );
    expect(new Set(answers.map((a) => a.authSecret)).size).toBe(1);
    expect(fs.readdirSync(dir)).toEqual(['secrets.json']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
