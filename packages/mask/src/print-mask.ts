import { MaskError } from './mask-error';
import { isMaskName } from './mask-name';
import type { MaskProperty, MaskSection, MaskTree } from './mask-tree';
import { isMaskTree, maskSections } from './mask-tree';
import { normalizeMask } from './normalize-mask';

/**
 * Prints a tree in canonical form: `mask[id,datacenter[name]]`. Duplicates are merged and dotted chains are folded
 * into property sets, in order of first appearance, so `parseMask(printMask(tree))` equals `normalizeMask(tree)`.
 * A mask with several root sections prints as a root list: `[mask[id],mask(SoftLayer_Hardware_Server)[controlPanel]]`.
 * @throws {MaskError} `MASK_INVALID_NAME` when a hand-built tree holds a name the grammar cannot express.
 */
export function printMask(mask: MaskTree): string {
  if (!isMaskTree(mask)) {
    throw new MaskError('printMask expects a mask tree ({ root, properties })', { code: 'MASK_INPUT' });
  }
  const tree = normalizeMask(mask);
  const sections = maskSections(tree);
  if (sections.length === 1) return printSection(tree.root, sections[0]!);
  return `[${sections.map((section) => printSection(tree.root, section)).join(',')}]`;
}

function printSection(root: string, section: MaskSection): string {
  return `${root}${printType(section.type, root)}[${printProperties(section.properties, root)}]`;
}

function printProperties(properties: readonly MaskProperty[], path: string): string {
  let text = '';
  for (const property of properties) {
    if (text.length > 0) text += ',';
    const where = `${path}.${String(property.name)}`;
    if (typeof property.name !== 'string' || !isMaskName(property.name)) {
      throw new MaskError(`Invalid property name ${JSON.stringify(property.name)} at ${where}`, {
        code: 'MASK_INVALID_NAME',
      });
    }
    text += property.name + printType(property.type, where);
    if (property.children.length > 0) text += `[${printProperties(property.children, where)}]`;
  }
  return text;
}

function printType(type: string | undefined, where: string): string {
  if (type === undefined) return '';
  if (typeof type !== 'string' || !isMaskName(type)) {
    throw new MaskError(`Invalid type name ${JSON.stringify(type)} at ${where}`, {
      code: 'MASK_INVALID_NAME',
    });
  }
  return `(${type})`;
}
