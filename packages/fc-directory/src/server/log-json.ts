/** JSON text of a call's arguments or result for the log: dates as ISO strings, bytes as base64, bigints as text. */
export function toLogJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'bigint') return item.toString();
    if (item instanceof Uint8Array) return Buffer.from(item).toString('base64');
    if (item === undefined) return null;
    return item;
  });
}
