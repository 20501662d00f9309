import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { settings } from '@/db/schema';
import { currentUser } from '@/lib/auth/session';
import {
  clientAllowed,
  DEFAULT_MIN_CLIENT_VERSION,
  formatVersion,
  parseClientVersion,
} from './client-version';
import { userForToken } from './api-tokens';

/** The settings key of the minimum app version (an admin may raise it); default 4.7.4 build 104. */
export const MIN_CLIENT_VERSION_KEY = 'kaipay_min_client_version';

export async function minClientVersion(): Promise<string> {
  const [row] = await getDb()
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, MIN_CLIENT_VERSION_KEY))
    .limit(1);
  return row && parseClientVersion(row.value) ? row.value : DEFAULT_MIN_CLIENT_VERSION;
}

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Wraps a /api/v1/kaipay handler: refuses clients older than the minimum (HTTP 426 with the message
 * to update KAI Access), then finds the caller by bearer token or session (401 otherwise) and passes
 * only their user id on, so every handler can answer with the caller's own wallet and nothing else.
 */
export async function kaipayApi(
  request: Request,
  handle: (userId: number) => unknown,
): Promise<Response> {
  const minimum = await minClientVersion();
  if (!clientAllowed(request.headers.get('x-client-version'), minimum)) {
    const shown = formatVersion(parseClientVersion(minimum)!);
    return json(
      {
        error: 'client_outdated',
        minimum: shown,
        message: `Perbarui KAI Access ke versi ${shown} atau yang lebih baru untuk memakai KAIPay.`,
        messageEn: `Update KAI Access to version ${shown} or newer to use KAIPay.`,
      },
      426,
    );
  }
  const auth = request.headers.get('authorization');
  let userId: number | null = null;
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    userId = m ? await userForToken(m[1]!) : null;
  } else {
    userId = (await currentUser())?.id ?? null;
  }
  if (userId === null) return json({ error: 'unauthorized' }, 401);
  return json(await handle(userId));
}
