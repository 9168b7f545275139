import { filterForProperty, matchFilter, type ObjectFilter } from '@sl/filter';
import type { MaskProperty } from '@sl/mask';
import { modelOf } from './models/registry';
import type { Relation, TypeModel, ViewContext } from './models/type-model';

/** What to expand below one object: the mask's properties and, for `filteredMask`, the filter at that level. */
export interface ExpandSelection {
  properties: readonly MaskProperty[];
  /** The objectFilter at this level when the mask is a `filteredMask` (applied to relational lists). */
  filter?: ObjectFilter;
}

/**
 * Builds the API object of a stored row: its local properties plus the relational and count properties the
 * selection names (recursively). Only what is asked for is computed, so a 100,000-guest account stays cheap.
 * The mask itself (payload reduction, dropping what was not asked for) is applied afterwards by `@sl/mask`.
 */
export function expandRow(
  row: unknown,
  type: string,
  selection: ExpandSelection,
  context: ViewContext,
  onlySelected = false,
): unknown {
  const model = modelOf(type);
  if (!model) return row;
  const out = onlySelected ? selectedDirect(model, row, selection, context) : model.local(row, context);
  for (const property of selection.properties) {
    const name = property.name;
    if (Object.hasOwn(out, name)) continue;
    const relation = model.relations[name];
    if (relation) {
      const value = relation.get(row, context);
      if (value === undefined || value === null) continue;
      const childFilter = selection.filter && relationFilter(selection.filter, name);
      const childSelection: ExpandSelection = {
        properties: property.children,
        ...(childFilter ? { filter: childFilter } : {}),
      };
      out[name] = expandValue(value, property.type ?? relation.type, childSelection, context);
      continue;
    }
    const counted = countRelation(model, name);
    if (counted) {
      const value = counted.get(row, context);
      out[name] = Array.isArray(value) ? value.length : value === undefined || value === null ? 0 : 1;
    }
  }
  return out;
}

/**
 * For filtering: the selected properties only. Direct fields are copied from the row; when a selected local
 * property is not direct, the full local view is built after all.
 */
function selectedDirect(
  model: TypeModel<unknown>,
  row: unknown,
  selection: ExpandSelection,
  context: ViewContext,
): Record<string, unknown> {
  const direct = model.direct ?? [];
  const out: Record<string, unknown> = {};
  for (const { name } of selection.properties) {
    if (direct.includes(name)) out[name] = (row as Record<string, unknown>)[name];
    else if (!model.relations[name] && !countRelation(model, name)) return model.local(row, context);
  }
  return out;
}

function expandValue(
  value: unknown,
  type: string,
  selection: ExpandSelection,
  context: ViewContext,
): unknown {
  if (!Array.isArray(value)) return expandRow(value, type, selection, context);
  const items = value.map((item) => expandRow(item, type, selection, context));
  return selection.filter && Object.keys(selection.filter).length > 0
    ? matchFilter(items, selection.filter)
    : items;
}

function relationFilter(filter: ObjectFilter, name: string): ObjectFilter | undefined {
  const inner = filterForProperty(filter, name);
  return Object.keys(inner).length > 0 ? inner : undefined;
}

/** `networkComponentCount` counts `networkComponents`; `hardwareCount` counts `hardware`. */
function countRelation(model: TypeModel<unknown>, name: string): Relation<unknown> | undefined {
  if (!name.endsWith('Count')) return undefined;
  const base = name.slice(0, -'Count'.length);
  for (const candidate of [`${base}s`, base, `${base.replace(/y$/, '')}ies`, `${base}es`]) {
    const relation = model.relations[candidate];
    if (relation) return relation;
  }
  return undefined;
}

/**
 * The properties a filter names at each level, as a selection: rows are expanded with them before filtering so
 * relational conditions (`datacenter.name`, `tagReferences.tag.name`) can be evaluated.
 */
export function selectionForFilter(filter: ObjectFilter): MaskProperty[] {
  const properties: MaskProperty[] = [];
  for (const [name, inner] of Object.entries(filter)) {
    if (name === 'operation' || name === 'options') continue;
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) continue;
    const record = inner as Record<string, unknown>;
    const isCondition = 'operation' in record;
    properties.push({ name, children: isCondition ? [] : selectionForFilter(record as ObjectFilter) });
  }
  return properties;
}
