import { isPlainObject } from './legacy-mask';
import { MaskError } from './mask-error';
import type { MaskProperty, MaskTree } from './mask-tree';
import { isMaskTree, maskSections } from './mask-tree';
import { parseMask } from './parse-mask';

/** What a schema knows about one property of a type: its kind and its type (for relational ones, the related type). */
export interface PropertyInfo {
  readonly kind: 'local' | 'relational' | 'count';
  readonly type: string;
}

/** A property-kind lookup, for example backed by the API metadata. `undefined` means "not a property of that type". */
export interface MaskSchema {
  property(typeName: string, name: string): PropertyInfo | undefined;
  /**
   * Relational properties that come back even when the mask does not name them (as the live API answers some), like
   * local ones; named, they stay relational (naming one does not narrow the local properties).
   */
  returnedByDefault?(typeName: string, name: string): boolean;
}

export interface ApplyMaskOptions {
  /** The type of the value the mask applies to, e.g. the return type of the method. Needed to use `schema`. */
  readonly rootType?: string;
  /** Decides which properties are local; without it, plain objects and arrays of them count as relational. */
  readonly schema?: MaskSchema;
}

type Kind = PropertyInfo['kind'];

interface Selection {
  readonly properties: readonly MaskProperty[];
  readonly type: string | undefined;
}

interface Named {
  /** From the schema; `undefined` when it has no answer and the value decides. */
  kind: Kind | undefined;
  readonly selections: Selection[];
  /** Whether the mask names properties below this one: then even a local complex value is reduced. */
  drills: boolean;
  level?: Level;
}

interface Level {
  readonly named: Map<string, Named>;
  /** The types the object at this level is seen as, for looking up properties the mask does not name. */
  readonly types: readonly string[];
  /** Kinds of unnamed properties answered by the schema, memoized. */
  readonly unnamedKinds: Map<string, Kind | undefined>;
}

/**
 * Reduces a value to what a mask selects, the way the API does (payload reduction). Works on one object or on an
 * array of them (each item). At each level: if the mask names no local property there, every local property comes
 * back; once it names one, only the named local properties. Relational and count properties come back only when
 * named, reduced by their own part of the mask. The result shares local values with the input; it never mutates it.
 * See the README for the full table.
 */
export function applyMask<T>(value: T, mask: MaskTree | string, options: ApplyMaskOptions = {}): T {
  const tree = typeof mask === 'string' ? parseMask(mask) : mask;
  if (!isMaskTree(tree))
    throw new MaskError('applyMask expects a mask tree or a mask string', { code: 'MASK_INPUT' });
  const selections = maskSections(tree).map((section) => ({
    properties: section.properties,
    type: section.type ?? options.rootType,
  }));
  return reduce(value, compileLevel(selections, options.schema), options.schema) as T;
}

function compileLevel(selections: readonly Selection[], schema: MaskSchema | undefined): Level {
  const named = new Map<string, Named>();
  const types: string[] = [];
  for (const selection of selections) {
    if (selection.type !== undefined && !types.includes(selection.type)) types.push(selection.type);
    for (const property of selection.properties) {
      const info =
        schema && selection.type !== undefined ? schema.property(selection.type, property.name) : undefined;
      let entry = named.get(property.name);
      if (entry === undefined) {
        entry = { kind: undefined, selections: [], drills: false };
        named.set(property.name, entry);
      }
      entry.kind ??= info?.kind;
      if (property.children.length > 0) entry.drills = true;
      entry.selections.push({ properties: property.children, type: property.type ?? info?.type });
    }
  }
  return { named, types, unnamedKinds: new Map() };
}

function reduce(value: unknown, level: Level, schema: MaskSchema | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => reduce(item, level, schema));
  if (!isPlainObject(value)) return value;

  let onlyNamedLocals = false;
  for (const [name, entry] of level.named) {
    if (entry.drills) continue; // selecting inside a complex value is not a choice among local properties
    if (
      entry.kind === 'local' ||
      (entry.kind === undefined && Object.hasOwn(value, name) && !looksRelational(value[name]))
    ) {
      onlyNamedLocals = true;
      break;
    }
  }

  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    const entry = level.named.get(key);
    if (entry !== undefined) {
      const kind = entry.kind ?? (looksRelational(item) ? 'relational' : 'local');
      if (kind === 'local' && !entry.drills) {
        assign(result, key, item);
      } else {
        entry.level ??= compileLevel(entry.selections, schema);
        assign(result, key, reduce(item, entry.level, schema));
      }
    } else if (!onlyNamedLocals && unnamedKind(level, key, item, schema) === 'local') {
      assign(result, key, item);
    }
  }
  return result;
}

function unnamedKind(level: Level, key: string, item: unknown, schema: MaskSchema | undefined): Kind {
  if (schema !== undefined && level.types.length > 0) {
    let kind = level.unnamedKinds.get(key);
    if (kind === undefined && !level.unnamedKinds.has(key)) {
      for (const type of level.types) {
        kind = schema.property(type, key)?.kind;
        if (kind === 'relational' && schema.returnedByDefault?.(type, key)) kind = 'local';
        if (kind !== undefined) break;
      }
      level.unnamedKinds.set(key, kind);
    }
    if (kind !== undefined) return kind;
  }
  return looksRelational(item) ? 'relational' : 'local';
}

/** Sets an own property, even one named `__proto__` (which plain assignment would turn into a prototype change). */
function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Without a schema: a plain object, or an array whose first item is one, is relational. */
function looksRelational(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && isPlainObject(value[0]);
  return isPlainObject(value);
}
