import type { MaskProperty, MaskTree } from './mask-tree';
import { maskSections } from './mask-tree';
import { normalizeMask } from './normalize-mask';
import { parseMask } from './parse-mask';

/**
 * Whether two masks select the same properties, whatever their spelling and order:
 * `masksEqual('id, datacenter.name', 'mask[datacenter[name],id]')` is true.
 */
export function masksEqual(left: MaskTree | string, right: MaskTree | string): boolean {
  return sortedKey(toTree(left)) === sortedKey(toTree(right));
}

function toTree(mask: MaskTree | string): MaskTree {
  return normalizeMask(typeof mask === 'string' ? parseMask(mask) : mask);
}

function sortedKey(tree: MaskTree): string {
  const sections = maskSections(tree)
    .map((section) => `${section.type ?? ''}{${propertiesKey(section.properties)}}`)
    .sort();
  return `${tree.root}:${sections.join('|')}`;
}

function propertiesKey(properties: readonly MaskProperty[]): string {
  return properties
    .map((property) => `${property.name}(${property.type ?? ''})[${propertiesKey(property.children)}]`)
    .sort()
    .join(',');
}
