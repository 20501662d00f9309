import crypto from 'node:crypto';
import { env } from '@/lib/env';

const VERSION = 'v1';

/** A key for the outbox alone, derived from PIN_PEPPER so no new secret has to be configured. */
function outboxKey(): Buffer {
  return Buffer.from(
    crypto.hkdfSync('sha256', env().PIN_PEPPER, 'kai-access', 'notifications.body_enc v1', 32),
  );
}

/** Seals a message body with AES-256-GCM under a fresh 96-bit nonce: `v1.<iv>.<tag>.<ciphertext>`. */
export function sealBody(body: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', outboxKey(), iv);
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Opens a sealed body; null when it was sealed under another key or altered (GCM refuses both). */
export function openBody(value: string): string | null {
  const [version, iv, tag, sealed] = value.split('.');
  if (version !== VERSION || !iv || !tag || sealed === undefined) return null;
  try {
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      outboxKey(),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const body = Buffer.concat([
      decipher.update(Buffer.from(sealed, 'base64url')),
      decipher.final(),
    ]);
    return body.toString('utf8');
  } catch {
    return null;
  }
}

/** The body with every occurrence of the secret replaced by dots: what an outbox row may show. */
export function hideSecret(body: string, secret: string): string {
  return body.split(secret).join('•'.repeat(secret.length));
}
