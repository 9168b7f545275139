/** The two roots of an extended mask: `mask` selects properties; `filteredMask` also applies the objectFilter to relations. */
export type MaskRoot = 'mask' | 'filteredMask';

/** One property of a mask: its name, an optional type cast (`name(Type)`) and the properties selected below it. */
export interface MaskProperty {
  readonly name: string;
  readonly type?: string;
  readonly children: readonly MaskProperty[];
}

/** The properties selected on the root object, cast to `type` when given (`mask(Type)[...]`). */
export interface MaskSection {
  readonly type?: string;
  readonly properties: readonly MaskProperty[];
}

/**
 * A parsed mask. `type` and `properties` are its first section; a mask written as a list of roots with different
 * casts (`[mask[id], mask(SoftLayer_Hardware_Server)[activeTransaction]]`) keeps the others in `otherSections`.
 */
export interface MaskTree extends MaskSection {
  readonly root: MaskRoot;
  readonly otherSections?: readonly MaskSection[];
}

/** Every section of a mask, the first one included. */
export function maskSections(tree: MaskTree): readonly MaskSection[] {
  const first: MaskSection =
    tree.type === undefined
      ? { properties: tree.properties }
      : { type: tree.type, properties: tree.properties };
  return tree.otherSections && tree.otherSections.length > 0 ? [first, ...tree.otherSections] : [first];
}

/** Whether a value has the shape of a {@link MaskTree} (as opposed to a legacy mask object or a builder object). */
export function isMaskTree(value: unknown): value is MaskTree {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { root?: unknown; properties?: unknown };
  return (
    (candidate.root === 'mask' || candidate.root === 'filteredMask') && Array.isArray(candidate.properties)
  );
}
