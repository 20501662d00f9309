import { requireUser } from '@/lib/auth/session';
import { submitPremium } from '@/lib/kaipay/premium';

export const dynamic = 'force-dynamic';

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
  // Two images of at most 2 MB each and a few fields: refuse anything bigger before reading it.
  if (Number(request.headers.get('content-length') ?? 0) > 5 * 1024 * 1024)
    return back('error=image_too_large');
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back('error=image_missing');
  }
  const idNumber = String(form.get('idNumber') ?? '').slice(0, 32);
  const result = submitPremium(user.id, {
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
