/**
 * App client versions as KAI Access writes them: "4.7.4 (104)" or "4.7.4+104" (version, then
 * build). Also accepted: "4.7.4 build 104" and a bare "4.7.4" (build 0). Anything else is null.
 */
export type ClientVersion = { major: number; minor: number; patch: number; build: number };

export const DEFAULT_MIN_CLIENT_VERSION = '4.7.4 (104)';

export function parseClientVersion(text: string | null | undefined): ClientVersion | null {
  const m =
    /^\s*(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:\s*\((\d{1,6})\)|\+(\d{1,6})|\s+build\s+(\d{1,6}))?\s*$/i.exec(
      text ?? '',
    );
  if (!m) return null;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    build: Number(m[4] ?? m[5] ?? m[6] ?? 0),
  };
}

/** Negative when a is older than b, 0 when equal, positive when newer. */
export function compareVersions(a: ClientVersion, b: ClientVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || a.build - b.build;
}

export function formatVersion(v: ClientVersion): string {
  return `${v.major}.${v.minor}.${v.patch} (${v.build})`;
}

/** Whether a client sending `header` may use the API; a missing or unreadable version is too old. */
export function clientAllowed(header: string | null, minimum: string): boolean {
  const client = parseClientVersion(header);
  const min = parseClientVersion(minimum) ?? parseClientVersion(DEFAULT_MIN_CLIENT_VERSION)!;
  return !!client && compareVersions(client, min) >= 0;
}
