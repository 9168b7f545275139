export { type ApplyMaskOptions, applyMask, type MaskSchema, type PropertyInfo } from './apply-mask';
export { filteredMask, type MaskInput, type MaskInputObject, mask, typed, typedMask } from './build-mask';
export { formatObjectMask } from './format-object-mask';
export { fromLegacyMask } from './legacy-mask';
export { MaskError, MaskSyntaxError } from './mask-error';
export { isMaskName, MAX_MASK_DEPTH } from './mask-name';
export {
  isMaskTree,
  type MaskProperty,
  type MaskRoot,
  type MaskSection,
  type MaskTree,
  maskSections,
} from './mask-tree';
export { masksEqual } from './masks-equal';
export { mergeMasks } from './merge-masks';
export { normalizeMask } from './normalize-mask';
export { type MaskPathStep, parseMask, parseMaskPath } from './parse-mask';
export { printMask } from './print-mask';
export { toMaskString } from './to-mask-string';
