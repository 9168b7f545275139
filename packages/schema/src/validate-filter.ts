import { unknownPropertyIssue } from './property-issue';
import type { MethodInfo, Schema } from './schema';
import type { SchemaIssue } from './schema-issue';
import { resolveMethod, resolveTarget, type SchemaTarget } from './schema-target';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ operation: ... }` or `{ operation, options }`: the condition on one property. */
function isCondition(value: Record<string, unknown>): boolean {
  return 'operation' in value || 'options' in value;
}

/** Property levels a filter may nest (real ones use a handful); deeper, or cyclic, filters are one issue. */
const MAX_FILTER_DEPTH = 128;

/** The relational property an ORM getter reads (`getVirtualGuests` → `virtualGuests`). */
function ormProperty(method: string): string {
  return `${method.charAt(3).toLowerCase()}${method.slice(4)}`;
}

function checkLevel(
  schema: Schema,
  filter: Record<string, unknown>,
  typeName: string,
  path: string,
  issues: SchemaIssue[],
  method?: MethodInfo,
  depth = 0,
): void {
  if (depth >= MAX_FILTER_DEPTH) {
    issues.push({
      code: 'BAD_FILTER',
      path,
      message: `the filter is nested deeper than ${MAX_FILTER_DEPTH} levels (at …${path.slice(-60)}); is it cyclic?`,
      suggestions: [],
    });
    return;
  }
  for (const [name, value] of Object.entries(filter)) {
    const where = path === '' ? name : `${path}.${name}`;
    const info = schema.property(typeName, name);
    if (info === undefined) {
      const issue = unknownPropertyIssue(
        schema,
        typeName,
        name,
        where,
        (subtype) => `a separate call on ${subtype} (filters have no casts)`,
      );
      // A filter rooted at the result rather than at the service: say where it belongs.
      if (path === '' && method?.origin === 'orm' && schema.property(method.returns, name) !== undefined) {
        const wrapper = ormProperty(method.name);
        issues.push({
          ...issue,
          message: `${issue.message}; a filter starts at the service's type: { ${wrapper}: { ${name}: ... } }`,
          suggestions: [wrapper],
        });
      } else issues.push(issue);
      continue;
    }
    if (!isPlainObject(value)) {
      issues.push({
        code: 'BAD_FILTER',
        path: where,
        message: `${where} must be an object: a condition { operation: ... } or the filter of a relational property`,
        suggestions: [],
      });
      continue;
    }
    if (isCondition(value)) continue;
    if (!schema.hasType(info.type)) {
      issues.push({
        code: 'NOT_RELATIONAL',
        path: where,
        message: `${where} is a ${info.type}: give it a condition { operation: ... }, not nested properties`,
        suggestions: [],
      });
      continue;
    }
    checkLevel(schema, value, info.type, where, issues, undefined, depth + 1);
  }
}

/**
 * Checks the property paths of an object filter. For `'Service::method'` the filter starts at the service's
 * type (`{ virtualGuests: { hostname: { operation: 'x' } } }` for `SoftLayer_Account::getVirtualGuests`), as the
 * API reads it — or, for a declared method returning another datatype, at that datatype; a datatype name starts
 * there. Conditions themselves are `@sl/filter`'s business.
 */
export function validateFilter(schema: Schema, target: SchemaTarget, filter: unknown): SchemaIssue[] {
  const resolved = resolveTarget(schema, target);
  if (resolved.issue !== undefined) return [resolved.issue];
  if (!isPlainObject(filter)) {
    return [{ code: 'BAD_FILTER', path: '', message: 'an object filter must be an object', suggestions: [] }];
  }
  const method = resolveMethod(schema, target);
  const issues: SchemaIssue[] = [];
  checkLevel(schema, filter, resolved.serviceType ?? '', '', issues, method);
  // ORM getters read the filter from the service's type; for a declared method whose result is another datatype
  // the metadata does not say, so the filter is also read from the result, and the reading with fewer issues wins.
  if (
    issues.length > 0 &&
    method !== undefined &&
    method.origin !== 'orm' &&
    method.returns !== resolved.serviceType &&
    schema.hasType(method.returns)
  ) {
    const fromResult: SchemaIssue[] = [];
    checkLevel(schema, filter, method.returns, '', fromResult);
    if (fromResult.length <= issues.length) return fromResult;
  }
  return issues;
}
