import { requireAdmin } from '@/lib/auth/session';
import { kycImage } from '@/lib/kaipay/kyc-review';

export const dynamic = 'force-dynamic';

/** A KYC image, for admins only (anyone else gets a 404); never cached, never sniffed. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; kind: string }> },
) {
  await requireAdmin();
  const { id, kind } = await params;
  const requestId = Number(id);
  if (!Number.isSafeInteger(requestId) || (kind !== 'id' && kind !== 'selfie'))
    return new Response('Not found', { status: 404 });
  const image = await kycImage(requestId, kind);
  if (!image) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': image.type,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    },
  });
}
