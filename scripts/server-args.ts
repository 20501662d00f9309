/**
 * Node flags for the production server (scripts/start.ts, scripts/bench.ts; cluster workers inherit
 * them). Under load V8 grows its heap far past the live set (about 120 MB here) before a full
 * collection: capping the old generation keeps each server process under 400 MB resident instead
 * of 500-700 MB, at no throughput cost measurable on the bench. SERVER_HEAP_MB changes the cap.
 */
export function serverNodeArgs(): string[] {
  const heapMb = Number.parseInt(process.env.SERVER_HEAP_MB ?? '192', 10) || 192;
  return [`--max-old-space-size=${heapMb}`];
}
