import { MaskError } from './mask-error';
import { isMaskName, MAX_MASK_DEPTH } from './mask-name';
import type { MaskProperty, MaskTree } from './mask-tree';
import { normalizeMask } from './normalize-mask';

/**
 * Converts a legacy object mask — nested objects naming relational properties, as sent in a `<Service>ObjectMask`
 * header: `{ datacenter: {}, operatingSystem: { passwords: {} } }` — to a tree (`mask[datacenter,operatingSystem[passwords]]`).
 * A leaf may be `{}`, `[]` (as the SLDN XML-RPC article writes it: `{ resourceRecords: [] }`), `null` or `true`.
 * @throws {MaskError} `MASK_LEGACY` for a key that is not a property name or a value that is not an object.
 */
export function fromLegacyMask(legacy: object): MaskTree {
  if (!isPlainObject(legacy)) {
    throw new MaskError('A legacy mask must be a plain object such as { datacenter: {} }', {
      code: 'MASK_LEGACY',
    });
  }
  return normalizeMask({ root: 'mask', properties: legacyProperties(legacy, '', 0) });
}

function legacyProperties(legacy: object, path: string, depth: number): MaskProperty[] {
  if (depth > MAX_MASK_DEPTH) {
    throw new MaskError(`Legacy mask is nested deeper than ${MAX_MASK_DEPTH} levels at ${path}`, {
      code: 'MASK_TOO_DEEP',
    });
  }
  const properties: MaskProperty[] = [];
  for (const [name, value] of Object.entries(legacy)) {
    const where = path ? `${path}.${name}` : name;
    if (!isMaskName(name)) {
      throw new MaskError(`Invalid property name ${JSON.stringify(name)} in legacy mask at ${where}`, {
        code: 'MASK_LEGACY',
      });
    }
    if (value === null || value === true || (Array.isArray(value) && value.length === 0)) {
      properties.push({ name, children: [] });
    } else if (isPlainObject(value)) {
      properties.push({ name, children: legacyProperties(value, where, depth + 1) });
    } else {
      throw new MaskError(`Legacy mask value at ${where} must be an object, an empty array, null or true`, {
        code: 'MASK_LEGACY',
      });
    }
  }
  return properties;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
