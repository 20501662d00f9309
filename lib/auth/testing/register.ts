import { setSender, type OutgoingMessage } from '@/lib/notify/sender';
import type { SessionUser } from '../accounts';
import { confirmRegistration, startRegistration } from '../registration';
import { RegisterSchema } from '../schemas';

/** Captures every message sent while `run` runs (the sandbox outbox is restored after). */
export async function capturingMessages<T>(
  run: (sent: OutgoingMessage[]) => Promise<T>,
): Promise<{ result: T; sent: OutgoingMessage[] }> {
  const sent: OutgoingMessage[] = [];
  setSender({ send: async (m) => void sent.push(m) });
  try {
    return { result: await run(sent), sent };
  } finally {
    setSender(null);
  }
}

/** The six-digit code in a message, if any. */
export const codeIn = (body: string) => /\b(\d{6})\b/.exec(body)?.[1];

/** Registers and confirms through the real path (the code read from the sent message). */
export async function registerConfirmed(
  input: Record<string, string>,
  ip = '10.20.30.40',
): Promise<SessionUser> {
  const { result, sent } = await capturingMessages(() =>
    startRegistration(RegisterSchema.parse(input), ip),
  );
  if (!result.ok) throw new Error(`registration refused: ${result.code}`);
  const code = codeIn(sent.at(-1)?.body ?? '');
  if (!code) throw new Error('no confirmation code was sent');
  const confirmed = await confirmRegistration(result.token, code);
  if (!confirmed.ok) throw new Error(`confirmation refused: ${confirmed.code}`);
  return confirmed.user;
}
