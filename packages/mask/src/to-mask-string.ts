import { formatObjectMask } from './format-object-mask';
import { fromLegacyMask, isPlainObject } from './legacy-mask';
import { MaskError } from './mask-error';
import type { MaskTree } from './mask-tree';
import { isMaskTree } from './mask-tree';
import { printMask } from './print-mask';

/**
 * The mask text a transport sends: a string through {@link formatObjectMask} (as the reference does), a tree through
 * {@link printMask}, a legacy object through {@link fromLegacyMask} and {@link printMask}.
 * @throws {MaskError} `MASK_INPUT` for anything else.
 */
export function toMaskString(mask: string | MaskTree | object): string {
  if (typeof mask === 'string') return formatObjectMask(mask);
  if (isMaskTree(mask)) return printMask(mask);
  if (isPlainObject(mask)) return printMask(fromLegacyMask(mask));
  throw new MaskError('A mask must be a string, a mask tree or a legacy mask object', { code: 'MASK_INPUT' });
}
