import { MaskError } from './mask-error';
import { isMaskName, MAX_MASK_DEPTH } from './mask-name';
import type { MaskProperty, MaskRoot, MaskTree } from './mask-tree';
import { isMaskTree } from './mask-tree';
import { MaskDraft, type PropertyListDraft } from './normalize-mask';
import { parseMask, parseMaskPath } from './parse-mask';

/**
 * What the builder accepts: a mask string (`'id'`, `'datacenter.name'`, `'networkComponents[id,port]'`), a tree,
 * a list of inputs, or an object whose keys are property paths (`'datacenter'`, `'resource(SoftLayer_Hardware)'`,
 * `'billingItem.orderItem'`) and whose values are the inputs below that property — `true` for the property alone,
 * `false` or `undefined` to leave it out.
 */
export type MaskInput = string | MaskTree | MaskInputObject | readonly MaskInput[];

/** The object form of {@link MaskInput}: `{ datacenter: ['name'], 'resource(SoftLayer_Hardware)': 'id' }`. */
export interface MaskInputObject {
  readonly [propertyPath: string]: MaskInput | boolean | undefined;
}

/**
 * Builds a mask from parts, merging them: `mask('id', 'hostname', { datacenter: ['name'] })` is
 * `mask[id,hostname,datacenter[name]]`.
 * @throws {MaskError} `MASK_BUILD` for a value the builder cannot read; {@link MaskSyntaxError} for a bad string.
 */
export function mask(...parts: readonly MaskInput[]): MaskTree {
  return buildTree('mask', undefined, parts);
}

/** Like {@link mask} with the root cast to a type: `typedMask('SoftLayer_Hardware_Server', 'controlPanel')`. */
export function typedMask(type: string, ...parts: readonly MaskInput[]): MaskTree {
  return buildTree('mask', type, parts);
}

/** Like {@link mask} with the `filteredMask` root, which applies the objectFilter to relational properties too. */
export function filteredMask(...parts: readonly MaskInput[]): MaskTree {
  return buildTree('filteredMask', undefined, parts);
}

/**
 * One property with a type cast, as a part for the builder:
 * `mask(typed('resource', 'SoftLayer_Hardware', ['id', 'hostname']))` is `mask[resource(SoftLayer_Hardware)[id,hostname]]`.
 */
export function typed(name: string, type: string, ...children: readonly MaskInput[]): MaskTree {
  if (typeof name !== 'string' || !isMaskName(name) || typeof type !== 'string' || !isMaskName(type)) {
    throw new MaskError(
      `typed() needs a property name and a type name, got ${JSON.stringify([name, type])}`,
      {
        code: 'MASK_BUILD',
      },
    );
  }
  const property: MaskProperty = { name, type, children: nestedProperties(children, name, 1) };
  return { root: 'mask', properties: [property] };
}

function buildTree(root: MaskRoot, type: string | undefined, parts: readonly MaskInput[]): MaskTree {
  const draft = new MaskDraft();
  draft.setRoot(root);
  const section = draft.section(type);
  for (const part of parts) {
    const tree = toTree(part, '', 0);
    if (type === undefined) {
      // Under filteredMask(), plain parts ('id', { datacenter: true }) take the filteredMask root.
      draft.addTree(root === 'filteredMask' && tree.root === 'mask' ? { ...tree, root } : tree);
    } else {
      section.addAll(plainProperties(tree, `the mask of type ${type}`));
    }
  }
  return draft.build();
}

function toTree(input: MaskInput, path: string, depth: number): MaskTree {
  if (depth > MAX_MASK_DEPTH) {
    throw new MaskError(`Mask input is nested deeper than ${MAX_MASK_DEPTH} levels at ${path}`, {
      code: 'MASK_TOO_DEEP',
    });
  }
  if (typeof input === 'string') return parseMask(input);
  if (Array.isArray(input)) {
    const draft = new MaskDraft();
    for (const item of input as readonly MaskInput[]) draft.addTree(toTree(item, path, depth + 1));
    return draft.build();
  }
  if (isMaskTree(input)) return input;
  if (typeof input === 'object' && input !== null) {
    const draft = new MaskDraft();
    addObject(draft.section(undefined), input as MaskInputObject, path, depth);
    return draft.build();
  }
  throw new MaskError(`Cannot build a mask from ${describe(input)}${path ? ` at ${path}` : ''}`, {
    code: 'MASK_BUILD',
  });
}

function addObject(into: PropertyListDraft, input: MaskInputObject, path: string, depth: number): void {
  for (const [key, value] of Object.entries(input)) {
    if (value === false || value === undefined) continue;
    const where = path ? `${path}.${key}` : key;
    let target = into;
    for (const step of parseMaskPath(key)) target = target.add(step.name, step.type);
    if (value === true) continue;
    target.addAll(nestedProperties([value as MaskInput], where, depth + 1));
  }
}

function nestedProperties(parts: readonly MaskInput[], path: string, depth: number): MaskProperty[] {
  const draft = new MaskDraft();
  const section = draft.section(undefined);
  for (const part of parts) section.addAll(plainProperties(toTree(part, path, depth), path));
  return draft.build().properties as MaskProperty[];
}

/** The properties of a tree used below a property, where a root type, other sections or a filteredMask make no sense. */
function plainProperties(tree: MaskTree, path: string): readonly MaskProperty[] {
  if (tree.root !== 'mask' || tree.type !== undefined || (tree.otherSections?.length ?? 0) > 0) {
    throw new MaskError(`A nested part at ${path} cannot have a root type or a filteredMask root`, {
      code: 'MASK_BUILD',
    });
  }
  return tree.properties;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return `a value of type ${typeof value}`;
}
