import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { resetEnvCache } from '@/lib/env';
import { proxy } from '@/proxy';
import { contentSecurityPolicy } from './csp';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function run(appEnv: 'development' | 'production') {
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'kai-csp-'));
  process.env.APP_ENV = appEnv;
  if (appEnv === 'production') process.env.APP_URL = 'https://kai.example';
  for (const k of ['AUTH_SECRET', 'PIN_PEPPER', 'PAYMENT_SERVER_KEY', 'TICKET_SIGNING_KEY'])
    process.env[k] = 'k'.repeat(40);
  resetEnvCache();
  return proxy(new NextRequest('http://localhost/kaipay'));
}

describe('security headers from proxy.ts', () => {
  it('production: nonce CSP that upgrades requests, and HSTS', () => {
    const response = run('production');
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=63072000; includeSubDomains',
    );
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy).toContain('upgrade-insecure-requests');
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('development (the demo over plain HTTP): the same policy without HSTS or upgrades', () => {
    const response = run('development');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toContain(
      'upgrade-insecure-requests',
    );
  });

  it('a fresh nonce each time, and eval only under next dev', () => {
    const a = run('production').headers.get('content-security-policy');
    const b = run('production').headers.get('content-security-policy');
    expect(a).not.toBe(b);
    expect(contentSecurityPolicy('n', { dev: false, production: true })).not.toContain(
      'unsafe-eval',
    );
    expect(contentSecurityPolicy('n', { dev: true, production: false })).toContain("'unsafe-eval'");
  });
});
