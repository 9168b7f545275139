import { MAX_MASK_DEPTH, type MaskProperty, type MaskTree, maskSections, parseMask } from '@sl/mask';
import { isSubtype } from './is-subtype';
import { unknownPropertyIssue } from './property-issue';
import type { Schema } from './schema';
import type { SchemaIssue } from './schema-issue';
import { resolveTarget, type SchemaTarget } from './schema-target';

function related(schema: Schema, a: string, b: string): boolean {
  return isSubtype(schema, a, b) || isSubtype(schema, b, a);
}

function castIssue(schema: Schema, cast: string, declared: string, path: string): SchemaIssue | undefined {
  if (!schema.hasType(cast)) {
    return {
      code: 'UNKNOWN_TYPE',
      path,
      message: `${cast} (the cast at ${path || 'the root'}) is not a datatype`,
      suggestions: [],
    };
  }
  if (!related(schema, cast, declared)) {
    return {
      code: 'UNRELATED_CAST',
      path,
      message: `cannot cast ${path || 'the root'} to ${cast}: it is a ${declared}, and ${cast} is neither a subtype nor a base of it`,
      suggestions: [],
    };
  }
  return undefined;
}

function checkProperties(
  schema: Schema,
  properties: readonly MaskProperty[],
  typeName: string,
  path: string,
  issues: SchemaIssue[],
  depth = 0,
): void {
  if (depth >= MAX_MASK_DEPTH) {
    issues.push({
      code: 'MASK_SYNTAX',
      path,
      message: `the mask is nested deeper than ${MAX_MASK_DEPTH} levels (at …${path.slice(-60)}); is it cyclic?`,
      suggestions: [],
    });
    return;
  }
  for (const property of properties) {
    const where = path === '' ? property.name : `${path}.${property.name}`;
    const info = schema.property(typeName, property.name);
    if (info === undefined) {
      const parent = path === '' ? 'mask' : (path.split('.').pop() ?? 'mask');
      issues.push(
        unknownPropertyIssue(
          schema,
          typeName,
          property.name,
          where,
          (subtype) => `${parent}(${subtype})[${property.name}]`,
        ),
      );
      continue;
    }
    let valueType = info.type;
    if (property.type !== undefined) {
      const issue = castIssue(schema, property.type, info.type, where);
      if (issue !== undefined) {
        issues.push(issue);
        continue;
      }
      valueType = property.type;
    }
    if (property.children.length === 0) continue;
    // Containers hold datatypes in local properties too (SoftLayer_Container_Search_Result.resource).
    if (!schema.hasType(valueType)) {
      issues.push({
        code: 'NOT_RELATIONAL',
        path: where,
        message: `${where} is a ${info.type}: it has no properties to select`,
        suggestions: [],
      });
      continue;
    }
    checkProperties(schema, property.children, valueType, where, issues, depth + 1);
  }
}

/**
 * Checks an object mask against a datatype (`'SoftLayer_Hardware'`) or a method's result
 * (`'SoftLayer_Account::getHardware'`): unknown properties (with "did you mean"), properties that need a typed
 * cast (naming the subtype that declares them), casts to unrelated types, selections below non-relational
 * properties, and syntax errors. An empty list means the mask is valid.
 */
export function validateMask(schema: Schema, target: SchemaTarget, mask: string | MaskTree): SchemaIssue[] {
  const resolved = resolveTarget(schema, target);
  if (resolved.issue !== undefined) return [resolved.issue];
  const root = resolved.resultType ?? '';
  let tree: MaskTree;
  try {
    tree = typeof mask === 'string' ? parseMask(mask) : mask;
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return [{ code: 'MASK_SYNTAX', path: '', message, suggestions: [] }];
  }
  if (!schema.hasType(root)) {
    return [
      {
        code: 'NOT_RELATIONAL',
        path: '',
        message: `the result is a ${root}, which has no properties to select`,
        suggestions: [],
      },
    ];
  }
  const issues: SchemaIssue[] = [];
  for (const section of maskSections(tree)) {
    let typeName = root;
    if (section.type !== undefined) {
      const issue = castIssue(schema, section.type, root, '');
      if (issue !== undefined) {
        issues.push(issue);
        continue;
      }
      typeName = section.type;
    }
    checkProperties(schema, section.properties, typeName, '', issues);
  }
  return issues;
}
