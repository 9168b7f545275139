import { FilterError, filterForProperty, matchFilter, type ObjectFilter, validateFilter } from '@sl/filter';
import { applyMask, type MaskProperty, type MaskTree, maskSections, mergeMasks, parseMask } from '@sl/mask';
import type { MethodInfo, Schema } from '@sl/schema';
import type { ApiCall, ApiResult } from './api-call';
import { ApiFault, faults } from './api-fault';
import type { UserRecord } from './data/records';
import type { EmulatorState } from './data/state';
import { type ExpandSelection, expandRow, selectionForFilter } from './expand';
import { modelOf } from './models/registry';
import type { ViewContext } from './models/type-model';
import { parseRequestMask } from './parse-request-mask';
import { SERVICES } from './services/registry';
import type { MethodOutput, ServiceDefinition, ServiceSettings } from './services/service-definition';
import { validateRequestMask } from './validate-request-mask';

/** A call resolved against the schema: the service and method exist (else a fault was thrown). */
export interface ResolvedCall {
  service: string;
  method: MethodInfo;
}

export interface Dispatcher {
  /** Finds the service and method, or throws the API's fault for an unknown one. */
  resolve(call: ApiCall): ResolvedCall;
  /** Runs a resolved call for an authenticated user (or none, for methods that need no authentication). */
  run(call: ApiCall, resolved: ResolvedCall, user: UserRecord | undefined): ApiResult;
}

export interface DispatcherOptions {
  state: EmulatorState;
  schema: Schema;
  settings: ServiceSettings;
  now: () => number;
}

/** The mask of a call without one: local properties only. */
const LOCAL_ONLY: MaskTree = parseMask('mask');

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The part of a request's filter that applies to a list's items. */
function itemFilter(
  filter: ObjectFilter,
  property: string | undefined,
  itemType: string,
  schema: Schema,
): ObjectFilter {
  if (property !== undefined && Object.hasOwn(filter, property)) return filterForProperty(filter, property);
  const keys = Object.keys(filter);
  // The reference client sends `virtualGuests` for getHourlyVirtualGuests too: unwrap a lone non-property key.
  if (keys.length === 1 && !schema.property(itemType, keys[0] as string)) {
    const inner = filter[keys[0] as string];
    if (inner && typeof inner === 'object' && !Array.isArray(inner) && !('operation' in inner)) {
      return inner as ObjectFilter;
    }
  }
  return filter;
}

function maskProperties(tree: MaskTree | undefined): MaskProperty[] {
  if (!tree) return [];
  return maskSections(tree).flatMap((section) => [...section.properties]);
}

/**
 * The rows a filter keeps, in its order. A filter on direct fields runs on the rows themselves; otherwise rows are
 * first expanded with just the properties the filter names (relational paths included).
 */
function filterRows(
  rows: readonly unknown[],
  type: string,
  filter: ObjectFilter,
  context: ViewContext,
): unknown[] {
  const options = { now: new Date(context.now) };
  const direct = modelOf(type)?.direct;
  if (direct && Object.keys(filter).every((name) => direct.includes(name)))
    return matchFilter(rows, filter, options);
  const selection = { properties: selectionForFilter(filter) };
  const rowOf = new Map<unknown, unknown>();
  const views = rows.map((row) => {
    const view = expandRow(row, type, selection, context, true);
    rowOf.set(view, row);
    return view;
  });
  return matchFilter(views, filter, options).map((view) => rowOf.get(view));
}

function asFault(error: unknown): unknown {
  if (FilterError.isInstance(error)) return faults.invalidFilter(error.message);
  return error;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { state, schema, settings } = options;

  const resolve = (call: ApiCall): ResolvedCall => {
    const service = schema.serviceName(call.service);
    if (service === undefined) throw faults.serviceNotFound(call.service);
    const method = schema.method(service, call.method);
    if (!method) throw faults.methodNotFound(call.method);
    return { service, method };
  };

  const target = (
    definition: ServiceDefinition,
    call: ApiCall,
    method: MethodInfo,
    context: ViewContext,
  ): unknown => {
    if (definition.self) return definition.self(context);
    if (method.static || !definition.find) return undefined;
    if (call.id === undefined) throw faults.missingId(definition.name);
    const found = definition.find(call.id, context);
    if (found === undefined || found === null) throw faults.objectNotFound(call.id);
    return found;
  };

  const execute = (
    definition: ServiceDefinition,
    call: ApiCall,
    method: MethodInfo,
    context: ViewContext,
  ): MethodOutput => {
    const own = definition.methods[call.method];
    const needsRow = own !== undefined || call.method === 'getObject' || method.origin === 'orm';
    const row = needsRow ? target(definition, call, method, context) : undefined;
    if (own) return own({ call, context, settings, row, id: call.id });
    if (call.method === 'getObject') {
      if (row === undefined) throw faults.missingId(definition.name);
      return { kind: 'row', type: definition.type, row };
    }
    if (method.origin === 'orm') {
      const property = lowerFirst(call.method.slice(3));
      const relation = modelOf(definition.type)?.relations[property];
      if (relation) {
        const result = relation.get(row, context);
        const type = relation.type;
        if (method.array) return { kind: 'rows', type, rows: Array.isArray(result) ? result : [], property };
        if (result === undefined || result === null) return { kind: 'value', value: null };
        return { kind: 'row', type, row: result };
      }
    }
    throw faults.notImplemented(definition.name, call.method);
  };

  const present = (output: MethodOutput, call: ApiCall, context: ViewContext): ApiResult => {
    if (output.kind === 'value') {
      const value = output.value;
      if (Array.isArray(value)) {
        const total = value.length;
        const offset = call.limit === undefined ? 0 : (call.offset ?? 0);
        return {
          value: call.limit === undefined ? value : value.slice(offset, offset + call.limit),
          totalItems: total,
        };
      }
      return { value };
    }
    const maskText = call.mask ?? output.defaultMask;
    let tree = maskText === undefined ? undefined : parseRequestMask(maskText);
    const always = modelOf(output.type)?.alwaysIncluded;
    if (always !== undefined) {
      const extra = `${tree?.root ?? 'mask'}[${always.join(',')}]`;
      tree = tree ? mergeMasks(tree, extra) : parseMask(extra);
    }
    if (tree) validateRequestMask(schema, output.type, tree);
    const properties = maskProperties(tree);
    const filter = call.filter === undefined ? {} : validateFilter(call.filter);
    // One applyMask over the whole result (an object or the page's array): the mask is compiled once.
    const applyTo = (value: unknown): unknown =>
      applyMask(value, tree ?? LOCAL_ONLY, { rootType: output.type, schema });
    if (output.kind === 'row') {
      const selection: ExpandSelection =
        tree?.root === 'filteredMask' ? { properties, filter } : { properties };
      return { value: applyTo(expandRow(output.row, output.type, selection, context)) };
    }
    let items: readonly unknown[] = output.rows;
    const scoped = itemFilter(filter, output.property, output.type, schema);
    if (Object.keys(scoped).length > 0) items = filterRows(items, output.type, scoped, context);
    const total = items.length;
    if (call.limit !== undefined) {
      const offset = call.offset ?? 0;
      items = items.slice(offset, offset + call.limit);
    }
    const selection: ExpandSelection =
      tree?.root === 'filteredMask' ? { properties, filter: scoped } : { properties };
    const expanded = items.map((item) => expandRow(item, output.type, selection, context));
    return { value: applyTo(expanded), totalItems: total };
  };

  const run = (call: ApiCall, resolved: ResolvedCall, user: UserRecord | undefined): ApiResult => {
    const definition = SERVICES.get(resolved.service);
    if (!definition) throw faults.notImplemented(resolved.service, call.method);
    const context: ViewContext = {
      state,
      user: user ?? (state.users.all()[0] as UserRecord),
      now: options.now(),
    };
    try {
      const output = execute(definition, { ...call, service: resolved.service }, resolved.method, context);
      return present(output, call, context);
    } catch (error) {
      throw error instanceof ApiFault ? error : asFault(error);
    }
  };

  return { resolve, run };
}
