import { isPlainObject } from './field-value';
import { isResourceType, resourceSchemas } from './resource-schema';

/**
 * Names a record in messages: `record 2 (virtualmachine name='web01')`, as far as the record allows.
 * Only primary-key values are shown, truncated; never other fields.
 */
export function describeRecord(index: number, record: unknown): string {
  if (!isPlainObject(record)) return `record ${index}`;
  const type = record.__type__;
  if (!isResourceType(type)) return `record ${index}`;
  const keys = resourceSchemas[type].primaryKey
    .filter((field) => record[field] !== undefined && record[field] !== null)
    .map((field) => `${field}=${formatKeyValue(record[field])}`);
  return `record ${index} (${[type, ...keys].join(' ')})`;
}

function formatKeyValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '?';
}
