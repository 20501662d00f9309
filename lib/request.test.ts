import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER_ENV,
  parseTrustedProxies,
  resolveClientAddress,
  withClientAddress,
} from './client-address';
import { clientIp } from './request';

const HEADER = 'x-kai-client-test';

/** Our server wrapper in front of a handler that answers with what the app would see. */
function echoServer(trusted: string): http.Server {
  return http.createServer(
    withClientAddress(
      (req, res) => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers))
          if (typeof v === 'string') headers.set(k, v);
        res.end(clientIp(headers));
      },
      parseTrustedProxies(trusted),
      HEADER,
    ),
  );
}

async function ipSeenBy(server: http.Server, headers: Record<string, string>): Promise<string> {
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return res.text();
}

let direct: http.Server;
let behindProxy: http.Server;
beforeAll(async () => {
  process.env[CLIENT_ADDRESS_HEADER_ENV] = HEADER;
  direct = echoServer('');
  behindProxy = echoServer('127.0.0.1');
  await Promise.all([direct, behindProxy].map((s) => new Promise((r) => s.listen(0, () => r(s)))));
});
afterAll(() => {
  direct.close();
  behindProxy.close();
});

describe('client address for rate limits (issue 9.6)', () => {
  it('a client rotating X-Forwarded-For is still one address: the socket', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++)
      seen.add(
        await ipSeenBy(direct, {
          'X-Forwarded-For': `203.0.113.${i}`,
          'X-Real-IP': `198.51.100.${i}`,
          // Even a client that guesses our header name cannot set it.
          [HEADER]: `192.0.2.${i}`,
        }),
      );
    expect([...seen]).toEqual(['127.0.0.1']);
  });

  it('clientIp never reads X-Forwarded-For itself', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.7' }))).toBe('unknown');
    expect(clientIp(new Headers({ 'x-forwarded-for': '1.1.1.1', [HEADER]: '10.0.0.2' }))).toBe(
      '10.0.0.2',
    );
  });

  it('behind a trusted proxy, the address that proxy forwarded counts', async () => {
    expect(await ipSeenBy(behindProxy, { 'X-Forwarded-For': '203.0.113.9' })).toBe('203.0.113.9');
    // What the client wrote to the left of the proxy's entry is ignored.
    expect(await ipSeenBy(behindProxy, { 'X-Forwarded-For': '6.6.6.6, 203.0.113.9' })).toBe(
      '203.0.113.9',
    );
    expect(await ipSeenBy(behindProxy, {})).toBe('127.0.0.1');
  });

  it('walks past a chain of trusted proxies and stops at the first untrusted hop', () => {
    const proxies = parseTrustedProxies('10.0.0.0/8, 2001:db8::/32');
    expect(resolveClientAddress('10.1.1.1', '6.6.6.6, 198.51.100.4, 10.2.2.2', proxies)).toBe(
      '198.51.100.4',
    );
    expect(resolveClientAddress('::ffff:10.1.1.1', 'nonsense', proxies)).toBe('10.1.1.1');
    expect(resolveClientAddress('2001:db8::1', '2001:db9::5', proxies)).toBe('2001:db9::5');
    expect(resolveClientAddress('198.51.100.4', '10.9.9.9', proxies)).toBe('198.51.100.4');
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or range', () => {
    expect(() => parseTrustedProxies('10.0.0.1, proxy.example')).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('')).not.toThrow();
  });
});
