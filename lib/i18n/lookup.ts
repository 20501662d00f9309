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

/**
 * A code (from lib, a schema or the URL) as the dictionary's sentence, else the fallback (by
 * default the dictionary's own generic sentence): the one way a page or form words a refusal.
 */
export function sentence(
  dictionary: Record<string, string>,
  code: string,
  fallback: string | undefined = dictionary.generic,
): string | undefined {
  return lookup(dictionary, code) ?? fallback;
}
