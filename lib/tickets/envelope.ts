import crypto from 'node:crypto';

/**
 * A signed envelope: "<PREFIX>.<JSON base64url>.<Ed25519 signature base64url>", the signature over
 * "<PREFIX>.<body>". The prefix names the kind of document, so a signature made for one kind (a
 * boarding pass) can never be passed off as another (a revocation list) or as an older format.
 */
export function seal(prefix: string, value: unknown, privateKey: crypto.KeyObject): string {
  const body = Buffer.from(JSON.stringify(value)).toString('base64url');
  const signature = crypto
    .sign(null, Buffer.from(`${prefix}.${body}`), privateKey)
    .toString('base64url');
  return `${prefix}.${body}.${signature}`;
}

/** The parsed JSON of a genuine envelope of this kind, or null (wrong kind, altered, malformed). */
export function unseal(
  prefix: string,
  text: string,
  publicKey: crypto.KeyObject,
  maxBody: number,
): unknown {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== prefix || parts[1]!.length > maxBody) return null;
  const [, body, signature] = parts as [string, string, string];
  try {
    const valid = crypto.verify(
      null,
      Buffer.from(`${prefix}.${body}`),
      publicKey,
      Buffer.from(signature, 'base64url'),
    );
    return valid ? (JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown) : null;
  } catch {
    return null;
  }
}
