import type { MaskTree } from './mask-tree';
import { MaskDraft } from './normalize-mask';
import { parseMask } from './parse-mask';

/**
 * The union of several masks, as the Ruby client merges them: properties with the same name and type merge their
 * children, sections with the same root type merge, everything else is kept side by side in order of first
 * appearance. Commutative and idempotent up to order. Strings are parsed with {@link parseMask}.
 * @throws {MaskError} `MASK_ROOT_CONFLICT` when a `mask` and a `filteredMask` are merged.
 */
export function mergeMasks(...masks: readonly (MaskTree | string)[]): MaskTree {
  const draft = new MaskDraft();
  for (const mask of masks) draft.addTree(typeof mask === 'string' ? parseMask(mask) : mask);
  return draft.build();
}
