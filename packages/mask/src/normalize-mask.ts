import { MaskError } from './mask-error';
import { MAX_MASK_DEPTH } from './mask-name';
import type { MaskProperty, MaskRoot, MaskSection, MaskTree } from './mask-tree';
import { maskSections } from './mask-tree';

interface PropertyDraft {
  readonly name: string;
  readonly type: string | undefined;
  readonly children: PropertyListDraft;
}

/** A property list being merged: same name and same type merge their children; order of first appearance. */
export class PropertyListDraft {
  private readonly byKey = new Map<string, PropertyDraft>();

  add(name: string, type: string | undefined): PropertyListDraft {
    const key = type === undefined ? name : `${name}(${type})`;
    let draft = this.byKey.get(key);
    if (draft === undefined) {
      draft = { name, type, children: new PropertyListDraft() };
      this.byKey.set(key, draft);
    }
    return draft.children;
  }

  addAll(properties: readonly MaskProperty[], depth = 0): void {
    if (depth > MAX_MASK_DEPTH) {
      throw new MaskError(`Mask is nested deeper than ${MAX_MASK_DEPTH} levels`, { code: 'MASK_TOO_DEEP' });
    }
    for (const property of properties) {
      this.add(property.name, property.type).addAll(property.children, depth + 1);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  build(): MaskProperty[] {
    const properties: MaskProperty[] = [];
    for (const draft of this.byKey.values()) {
      const children = draft.children.build();
      properties.push(
        draft.type === undefined
          ? { name: draft.name, children }
          : { name: draft.name, type: draft.type, children },
      );
    }
    return properties;
  }
}

/** A whole mask being merged: sections merge by type, in order of first appearance. */
export class MaskDraft {
  private root: MaskRoot | undefined;
  private readonly sections = new Map<string, { type: string | undefined; properties: PropertyListDraft }>();

  /** Sets the root; a second, different root is an error (`mask` and `filteredMask` do not mix). */
  setRoot(root: MaskRoot): boolean {
    if (this.root !== undefined && this.root !== root) return false;
    this.root = root;
    return true;
  }

  section(type: string | undefined): PropertyListDraft {
    const key = type ?? '';
    let section = this.sections.get(key);
    if (section === undefined) {
      section = { type, properties: new PropertyListDraft() };
      this.sections.set(key, section);
    }
    return section.properties;
  }

  addTree(tree: MaskTree): void {
    if (!this.setRoot(tree.root)) {
      throw new MaskError(`Cannot combine a '${tree.root}' mask with a '${this.root}' mask`, {
        code: 'MASK_ROOT_CONFLICT',
      });
    }
    for (const section of maskSections(tree)) this.section(section.type).addAll(section.properties);
  }

  build(): MaskTree {
    let sections = [...this.sections.values()];
    // An untyped empty section (`mask[]`) selects nothing beyond the other sections: it only matters alone.
    if (sections.length > 1) sections = sections.filter((s) => s.type !== undefined || s.properties.size > 0);
    const built: MaskSection[] = sections.map((s) =>
      s.type === undefined
        ? { properties: s.properties.build() }
        : { type: s.type, properties: s.properties.build() },
    );
    const root = this.root ?? 'mask';
    const [first = { properties: [] }, ...others] = built;
    const tree: {
      root: MaskRoot;
      type?: string;
      properties: readonly MaskProperty[];
      otherSections?: MaskSection[];
    } = { root, properties: first.properties };
    if (first.type !== undefined) tree.type = first.type;
    if (others.length > 0) tree.otherSections = others;
    return tree;
  }
}

/**
 * The canonical form of a tree: duplicate properties (same name and type) merged, sections with the same type merged,
 * an empty untyped section dropped when others exist; order of first appearance kept.
 */
export function normalizeMask(tree: MaskTree): MaskTree {
  const draft = new MaskDraft();
  draft.addTree(tree);
  return draft.build();
}
