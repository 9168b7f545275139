/** Load balancers sorted by their datacenter's long name (a stable sort, as Python's `sorted`). */
export function byLocation<T extends { datacenter?: { longName?: string } }>(items: readonly T[]): T[] {
  const name = (item: T): string => item.datacenter?.longName ?? '';
  return [...items].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}
