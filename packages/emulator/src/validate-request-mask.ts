import type { MaskTree } from '@sl/mask';
import { type Schema, validateMask } from '@sl/schema';
import { faults } from './api-fault';

/** The type at a dotted property path below `rootType` (the parent of an unknown property). */
function typeAt(schema: Schema, rootType: string, path: readonly string[]): string {
  let type = rootType;
  for (const name of path) type = schema.property(type, name)?.type ?? type;
  return type;
}

/**
 * Checks a request's mask with `@sl/schema` and answers the API's fault for the first problem: a property the
 * type lacks is `Property 'x' not valid for 'SoftLayer_Y'.`, as on the API.
 */
export function validateRequestMask(schema: Schema, rootType: string, tree: MaskTree): void {
  const [issue] = validateMask(schema, rootType, tree);
  if (!issue) return;
  if (issue.code === 'UNKNOWN_PROPERTY' || issue.code === 'NEEDS_TYPE_CAST') {
    const path = issue.path.split('.');
    const name = path.pop() ?? issue.path;
    throw faults.invalidMaskProperty(name, typeAt(schema, rootType, path));
  }
  throw faults.invalidMask(issue.message);
}
