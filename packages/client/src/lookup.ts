/**
 * Safe nested property access, like the reference's `utils.lookup`: `lookup(item, 'billingItem', 'hostName')`
 * is `item.billingItem.hostName`, or `undefined` as soon as a level is missing or not an object.
 */
export function lookup(value: unknown, ...keys: readonly (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
