/**
 * Node flags for the production server (scripts/start.ts, scripts/bench.ts; cluster workers inherit
 * them). Under load V8 grows its heap far past the live set (about 120 MB here) before a full
 * collection: capping the old generation keeps each server process under 400 MB resident instead
 * of 500-700 MB, at no throughput cost measurable on the bench. On PostgreSQL the database calls
 * no longer block the event loop, so more requests are rendered at once (all 50 of the bench's
 * connections): 192 MB ran out there, so the default is 288 MB on that engine. SERVER_HEAP_MB
 * changes the cap. `env` is the server's environment (the bench starts servers of both engines).
 */
export function serverNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const fallback = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '') ? 288 : 192;
  const heapMb = Number.parseInt(env.SERVER_HEAP_MB ?? String(fallback), 10) || fallback;
  return [`--max-old-space-size=${heapMb}`];
}
