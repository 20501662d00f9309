import { env } from './env';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Any field whose name looks like a secret is replaced before the line is written.
const SECRET_KEY = /pass|pin|otp|secret|token|hash|signature|authorization|cookie|nik/i;

/** Replaces secret-looking fields, at any depth, with "[redacted]". */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1),
    ]),
  );
}

function write(level: Level, event: string, fields: Record<string, unknown> = {}): void {
  let min: Level = 'info';
  try {
    min = env().LOG_LEVEL;
  } catch {
    // Logging must work even while configuration is being reported as broken.
  }
  if (ORDER[level] < ORDER[min]) return;
  const line = JSON.stringify({
    time: new Date().toISOString(),
    level,
    event,
    ...(redact(fields) as object),
  });
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

/** Structured JSON logs, one line per event; secrets are redacted by field name. */
export const log = {
  debug: (event: string, fields?: Record<string, unknown>) => write('debug', event, fields),
  info: (event: string, fields?: Record<string, unknown>) => write('info', event, fields),
  warn: (event: string, fields?: Record<string, unknown>) => write('warn', event, fields),
  error: (event: string, fields?: Record<string, unknown>) => write('error', event, fields),
};
