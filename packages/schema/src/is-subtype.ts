import type { Schema } from './schema';

/** Whether datatype `a` is `b` or inherits from it (`SoftLayer_Hardware_Server` is a `SoftLayer_Hardware`). */
export function isSubtype(schema: Schema, a: string, b: string): boolean {
  if (!schema.hasType(a) || !schema.hasType(b)) return false;
  const seen = new Set<string>();
  for (let current: string | undefined = a; current !== undefined && !seen.has(current); ) {
    if (current === b) return true;
    seen.add(current);
    current = schema.baseOf(current);
  }
  return false;
}
