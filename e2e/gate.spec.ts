import { test, expect } from '@playwright/test';
import { E2E_ADMIN_PASSWORD } from './support/constants';
import { login } from './support/people';

test('the gate revocation list: 404 for strangers and passengers, a signed list for an admin', async ({
  page,
}) => {
  expect((await page.request.get('/api/gate/revocations')).status()).toBe(404);
  await login(page, 'siti@contoh.id', 'keretaapi-2026');
  expect((await page.request.get('/api/gate/revocations?since=0')).status()).toBe(404);
  await page.context().clearCookies();

  await login(page, 'admin@kai-access.test', E2E_ADMIN_PASSWORD);
  const res = await page.request.get('/api/gate/revocations?since=0');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toContain('no-store');
  const { list } = (await res.json()) as { list: string };
  expect(list).toMatch(/^KAIREV1\.[\w-]+\.[\w-]+$/);
  const body = JSON.parse(Buffer.from(list.split('.')[1]!, 'base64url').toString('utf8'));
  // Other specs may have revoked tickets by now (an admin's trip cancellation): any list, well formed.
  expect(body).toMatchObject({ since: 0, version: expect.any(Number), entries: expect.any(Array) });
  expect((await page.request.get('/api/gate/revocations?since=abc')).status()).toBe(400);
});
