import { describeRecord } from './describe-record';
import { DirectoryValidationError } from './directory-error';
import { describeValue, fieldValueProblem, isPlainObject } from './field-value';
import type { ApplyRecord } from './resource-records';
import { fieldSpecOf, isResourceType, resourceSchemas } from './resource-schema';

const ACTIONS: readonly unknown[] = [undefined, 'set', 'delete'];

/**
 * Checks `apply` records before anything is sent and returns copies ready for the wire (keys whose value is
 * `undefined` are dropped, so they are not sent as `nil`). Throws {@link DirectoryValidationError} naming the record
 * (index and primary key) and the field: not a record, unknown or query-only `__type__`, bad `__action__`, a missing
 * primary-key field, an unknown or server-computed field, or a value of the wrong type.
 */
export function validateApplyRecords(records: unknown): ApplyRecord[] {
  if (!Array.isArray(records)) {
    throw new DirectoryValidationError(
      'FC_INVALID_RECORD',
      `apply() takes an array of resource records, got ${describeValue(records)}`,
    );
  }
  // Array.from, not map: a hole in a sparse array is a missing record, not one to skip.
  return Array.from(records, (record: unknown, index) => validateApplyRecord(record, index));
}

/** Checks the `apply` record at `index` (see {@link validateApplyRecords}); the server runs it on every record too. */
export function validateApplyRecord(record: unknown, index: number): ApplyRecord {
  const where = `apply() ${describeRecord(index, record)}`;
  if (!isPlainObject(record)) {
    throw new DirectoryValidationError(
      'FC_INVALID_RECORD',
      `${where}: a resource record must be an object, got ${describeValue(record)}`,
      { index },
    );
  }
  const type = record.__type__;
  if (type === undefined) {
    throw new DirectoryValidationError(
      'FC_INVALID_RECORD',
      `${where}: __type__ is missing (it is mandatory)`,
      {
        index,
        field: '__type__',
      },
    );
  }
  if (!isResourceType(type)) {
    throw new DirectoryValidationError(
      'FC_UNKNOWN_TYPE',
      `${where}: unknown __type__ ${describeValue(type)}; expected one of ${Object.keys(resourceSchemas).join(', ')}`,
      { index, field: '__type__' },
    );
  }
  const schema = resourceSchemas[type];
  if (!schema.settable) {
    throw new DirectoryValidationError(
      'FC_QUERY_ONLY_TYPE',
      `${where}: '${type}' is query-only; apply() cannot set or delete it`,
      { index, field: '__type__' },
    );
  }
  const action = record.__action__;
  if (!ACTIONS.includes(action)) {
    throw new DirectoryValidationError(
      'FC_INVALID_ACTION',
      `${where}: __action__ must be 'set' or 'delete' (or omitted for 'set'), got ${describeValue(action)}`,
      { index, field: '__action__' },
    );
  }
  for (const field of schema.primaryKey) {
    if (record[field] === undefined || record[field] === null) {
      throw new DirectoryValidationError(
        'FC_MISSING_PRIMARY_KEY',
        `${where}: primary-key field '${field}' is missing; a ${type} record needs ${schema.primaryKey.join(', ')}`,
        { index, field },
      );
    }
  }
  const copy: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined) continue;
    copy[field] = value;
    if (field === '__type__' || field === '__action__') continue;
    const spec = fieldSpecOf(schema, field);
    const isKey = schema.primaryKey.includes(field);
    if (spec === undefined) {
      throw new DirectoryValidationError('FC_UNKNOWN_FIELD', `${where}: '${type}' has no field '${field}'`, {
        index,
        field,
      });
    }
    if (action === 'delete' && !isKey) {
      throw new DirectoryValidationError(
        'FC_UNKNOWN_FIELD',
        `${where}: a delete names only the primary key (${schema.primaryKey.join(', ')}), not '${field}'`,
        { index, field },
      );
    }
    if (!spec.settable) {
      throw new DirectoryValidationError(
        'FC_READ_ONLY_FIELD',
        `${where}: '${field}' is computed by the directory and cannot be set`,
        { index, field },
      );
    }
    const problem = fieldValueProblem(spec, value);
    if (problem !== undefined) {
      throw new DirectoryValidationError('FC_INVALID_VALUE', `${where}: '${field}' ${problem}`, {
        index,
        field,
      });
    }
  }
  return copy as ApplyRecord;
}
