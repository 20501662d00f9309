import 'server-only';

/** A body larger than the route allows; the route answers 413 (or its own refusal). */
export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
  }
}

/**
 * Reads a request body, refusing as soon as more than `limit` bytes have arrived.
 * Content-Length is only a hint (a chunked body has none, and a client can lie), so the count is
 * kept while streaming and the read is cancelled at the limit: an attacker cannot make us buffer
 * 20 MB to learn that 2 MB was the maximum.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text, at most `limit` bytes (see readBodyBytes). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

/**
 * The body as multipart/url-encoded form data, at most `limit` bytes: the bytes are counted while
 * streaming and only then handed to the platform's parser.
 */
export async function readBodyForm(request: Request, limit: number): Promise<FormData> {
  const bytes = await readBodyBytes(request, limit);
  const copy = new Request('http://body.local/', {
    method: 'POST',
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
    body: bytes,
  });
  return copy.formData();
}
