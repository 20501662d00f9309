import { requireUser } from '@/lib/auth/session';
import { BodyTooLarge, readBodyForm } from '@/lib/http/body';
import { submitPremium } from '@/lib/kaipay/premium';

export const dynamic = 'force-dynamic';

/** Two images of at most 2 MB each and a few fields, with room for the multipart framing. */
const KYC_BODY_LIMIT = 5 * 1024 * 1024;

// A relative Location: request.url may name another host (localhost vs 127.0.0.1) than the browser used.
const back = (query: string) =>
  new Response(null, { status: 303, headers: { Location: `/kaipay/premium?${query}` } });

async function bytesOf(value: FormDataEntryValue | null): Promise<Uint8Array> {
  return value instanceof File ? new Uint8Array(await value.arrayBuffer()) : new Uint8Array();
}

/** Receives the Premium request (multipart) from the caller's own session, then back to the page (303). */
export async function POST(request: Request) {
  const user = await requireUser('/kaipay/premium');
  // A form on another site cannot submit here: the browser's Origin must be ours (and cookies are SameSite=Lax).
  const origin = request.headers.get('origin');
  if (
    origin &&
    origin !== new URL(request.url).origin &&
    origin !==
      `${request.headers.get('x-forwarded-proto') ?? 'http'}://${request.headers.get('host')}`
  ) {
    return new Response('Forbidden', { status: 403 });
  }
  // Counted while streaming: a chunked body has no Content-Length, and a declared one can lie.
  let form: FormData;
  try {
    form = await readBodyForm(request, KYC_BODY_LIMIT);
  } catch (error) {
    return back(error instanceof BodyTooLarge ? 'error=image_too_large' : 'error=image_missing');
  }
  const idNumber = String(form.get('idNumber') ?? '').slice(0, 32);
  const result = await submitPremium(user.id, {
    idNumber,
    idPhoto: await bytesOf(form.get('idPhoto')),
    selfie: await bytesOf(form.get('selfie')),
  });
  if (result.ok) return back('sent=1');
  return back(
    new URLSearchParams({
      error: result.code,
      ...(result.field ? { field: result.field } : {}),
    }).toString(),
  );
}
