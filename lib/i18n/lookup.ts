/**
 * A message by key, or undefined. Keys often come from the URL (?error=...), so only the
 * dictionary's own entries count: "__proto__" or "constructor" must not reach React.
 */
export function lookup(
  dictionary: Record<string, string>,
  key: string | undefined,
): string | undefined {
  return key !== undefined && Object.hasOwn(dictionary, key) ? dictionary[key] : undefined;
}
