import { DirectoryValidationError } from './directory-error';
import { describeValue, fieldValueProblem, isPlainObject } from './field-value';
import type { ResourceType } from './resource-records';
import { fieldSpecOf, isResourceType, resourceSchemas } from './resource-schema';

/**
 * Checks a `query` before it is sent and returns the filter ready for the wire (`undefined` values dropped), or
 * `undefined` for no filter. Throws {@link DirectoryValidationError} for an unknown type, a filter that is not an
 * object, an unknown field, or a value of the wrong type.
 */
export function validateQuery(type: unknown, filter: unknown): Record<string, unknown> | undefined {
  if (!isResourceType(type)) {
    throw new DirectoryValidationError(
      'FC_UNKNOWN_TYPE',
      `query(): unknown type ${describeValue(type)}; expected one of ${Object.keys(resourceSchemas).join(', ')}`,
      { field: '__type__' },
    );
  }
  if (filter === undefined || filter === null) return undefined;
  if (!isPlainObject(filter)) {
    throw new DirectoryValidationError(
      'FC_INVALID_RECORD',
      `query('${type}'): the filter must be an object of exact-match values, got ${describeValue(filter)}`,
    );
  }
  const schema = resourceSchemas[type as ResourceType];
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const spec = fieldSpecOf(schema, field);
    if (spec === undefined) {
      throw new DirectoryValidationError(
        'FC_UNKNOWN_FIELD',
        `query('${type}'): '${type}' has no field '${field}'`,
        {
          field,
        },
      );
    }
    const problem = fieldValueProblem(spec, value);
    if (problem !== undefined) {
      throw new DirectoryValidationError(
        'FC_INVALID_VALUE',
        `query('${type}'): filter '${field}' ${problem}`,
        {
          field,
        },
      );
    }
    copy[field] = value;
  }
  return copy;
}
