/** A list the API answered: the items, plus `totalCount` from `SoftLayer-Total-Items` (else the length). */
export type ListResult<T> = T[] & { totalCount: number };

/** Adds a non-enumerable `totalCount` to an array (so equality checks and JSON see a plain array). */
export function toListResult<T>(items: T[], totalCount: number | undefined): ListResult<T> {
  Object.defineProperty(items, 'totalCount', {
    value: totalCount ?? items.length,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return items as ListResult<T>;
}
