/** The reference's `utils.lookup`: a nested property by its path, `undefined` when any step is missing. */
export function lookup(value: unknown, ...path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
