import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTempDb } from '@/lib/testing/temp-db';
import { activeWallet } from '@/lib/wallet/testing/fixtures';

// The route's caller: the session is mocked, the rest (wallet, limits, storage) is real.
const caller = vi.hoisted(() => ({ id: 0 }));
vi.mock('@/lib/auth/session', () => ({ requireUser: async () => ({ id: caller.id }) }));
const { POST } = await import('@/app/kaipay/premium/kirim/route');

let db: Awaited<ReturnType<typeof openTempDb>>;
beforeEach(async () => {
  db = await openTempDb();
  caller.id = (await activeWallet()).id;
});
afterEach(async () => {
  await db.cleanup();
});

/** A multipart body streamed in 64 KB chunks with no Content-Length (Transfer-Encoding: chunked). */
function chunkedUpload(totalBytes: number): { request: Request; pulled: () => number } {
  let sent = 0;
  const boundary = 'kai-boundary';
  const head = new TextEncoder().encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="idPhoto"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
  );
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const chunk = sent === 0 ? head : new Uint8Array(64 * 1024);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://localhost/kaipay/premium/kirim', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => sent };
}

describe('POST /kaipay/premium/kirim (KYC upload)', () => {
  it('refuses a 20 MB chunked body while streaming, without reading it all', async () => {
    const upload = chunkedUpload(20 * 1024 * 1024);
    expect(upload.request.headers.get('content-length')).toBeNull();
    const response = await POST(upload.request);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/kaipay/premium?error=image_too_large');
    expect(upload.pulled()).toBeLessThan(6 * 1024 * 1024);
  });

  it('still reads a small chunked body as the form it is', async () => {
    const upload = chunkedUpload(100 * 1024);
    const response = await POST(upload.request);
    // The body is cut short on purpose (no closing boundary): a malformed form, not a size refusal.
    expect(response.headers.get('location')).toBe('/kaipay/premium?error=image_missing');
  });
});
