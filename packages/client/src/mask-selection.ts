import { MAX_MASK_DEPTH, type MaskTree } from '@sl/mask';

/**
 * Whether an object mask is the typed selection form (`{ id: true, datacenter: { name: true } }`, sent as
 * `mask[id,datacenter[name]]`) rather than a legacy object mask (`{ datacenter: {} }`, sent as
 * `<Service>ObjectMask`). The rule: a `true` value anywhere in the nested objects marks a selection; an object
 * whose leaves are only `{}`, `[]` or `null` is a legacy mask. (Deeper than the mask grammar allows counts as a
 * selection, so that `@sl/mask`'s builder reports it.)
 */
export function isMaskSelection(value: unknown): boolean {
  return containsTrue(value, 0);
}

function containsTrue(value: unknown, depth: number): boolean {
  if (value === true) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (depth > MAX_MASK_DEPTH) return true;
  for (const child of Object.values(value)) if (containsTrue(child, depth + 1)) return true;
  return false;
}

/** The leaf values of a literal object mask type (never for wide types such as `Record<string, …>`). */
type SelectionLeaves<M> = M extends true
  ? true
  : M extends readonly unknown[] | string | MaskTree
    ? never
    : M extends object
      ? string extends keyof M
        ? never
        : { [K in keyof M]-?: SelectionLeaves<M[K]> }[keyof M]
      : never;

/** `true` when mask type `M` is the typed selection form (a literal `true` somewhere), else `false`. */
export type IsMaskSelection<M> = [M] extends [string | MaskTree | null | undefined]
  ? false
  : [true] extends [SelectionLeaves<M>]
    ? true
    : false;
