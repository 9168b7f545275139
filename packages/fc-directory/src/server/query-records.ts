import { describeValue, isPlainObject } from '../field-value';
import type { ResourceType } from '../resource-records';
import { validateQuery } from '../validate-query';
import type { DirectoryState, FcRecord, FcValue } from './directory-state';
import { FC_FAULT_CODES, FcFault, toRecordFault } from './fc-fault';
import { presentRecord } from './present-record';

/**
 * Runs `query(type, filter=None)`: every record of `type` whose fields equal every filter value. The type and the
 * filter's fields and value kinds are checked by the client's own validation (one set of rules).
 */
export function queryRecords(state: DirectoryState, params: FcValue[]): FcRecord[] {
  const [type, filter] = params;
  if (params.length < 1 || params.length > 2 || typeof type !== 'string') {
    throw new FcFault(
      FC_FAULT_CODES.invalidParams,
      `query() takes a type name and an optional filter struct; got ${params.length} parameter(s)${params.length ? ` starting with ${describeValue(type)}` : ''}`,
    );
  }
  if (filter !== undefined && filter !== null && !isPlainObject(filter)) {
    throw new FcFault(
      FC_FAULT_CODES.invalidParams,
      `query('${type}'): the filter must be a struct of exact-match values, got ${describeValue(filter)}`,
    );
  }
  let conditions: Array<[string, unknown]>;
  try {
    conditions = Object.entries(validateQuery(type, filter) ?? {});
  } catch (error) {
    throw toRecordFault(error);
  }
  return [...state.records[type as ResourceType].values()]
    .map((record) => presentRecord(state, type as ResourceType, record))
    .filter((record) => conditions.every(([field, value]) => valuesEqual(record[field], value as FcValue)));
}

/** Exact, deep equality of two decoded values (dates by instant). */
export function valuesEqual(left: FcValue | undefined, right: FcValue | undefined): boolean {
  if (left instanceof Date || right instanceof Date) {
    return left instanceof Date && right instanceof Date && left.getTime() === right.getTime();
  }
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => valuesEqual(item, right[index]))
    );
  }
  if (typeof left === 'object' && left !== null && typeof right === 'object' && right !== null) {
    if (left instanceof Uint8Array || right instanceof Uint8Array) return false;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && valuesEqual(left[key], right[key]))
    );
  }
  return left === right;
}
