/**
 * The sentences for lib refusals: `sentences<HoldRefusal | CancelRefusal>()({ ... })` demands a
 * sentence for every member of the unions (a refusal added to a lib module without one fails the
 * typecheck, in both languages), and lets schema codes sit beside them. Pages read them through
 * lookup(), by whatever code an action or a URL carries.
 */
export function sentences<R extends string>() {
  return <T extends Record<R, string>>(words: T): Record<R, string> & Record<string, string> =>
    words;
}
