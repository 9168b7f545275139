import type { DirectoryState } from './directory-state';
import { FC_FAULT_CODES, FcFault } from './fc-fault';
import { presentRecord } from './present-record';
import {
  describeFcValue,
  FC_TYPE_RULES,
  FC_TYPES,
  type FcRecord,
  type FcValue,
  isFcType,
} from './resource-rules';

/** Runs `query(type, filter=None)`: every record of `type` whose fields equal every filter value. */
export function queryRecords(state: DirectoryState, params: FcValue[]): FcRecord[] {
  const [type, filter] = params;
  if (params.length < 1 || params.length > 2 || typeof type !== 'string') {
    throw new FcFault(
      FC_FAULT_CODES.invalidParams,
      `query() takes a type name and an optional filter struct; got ${params.length} parameter(s)${params.length ? ` starting with ${describeFcValue(type)}` : ''}`,
    );
  }
  if (!isFcType(type)) {
    throw new FcFault(
      FC_FAULT_CODES.invalidRecord,
      `query(): unknown type ${describeFcValue(type)}; valid types are ${FC_TYPES.join(', ')}`,
    );
  }
  let conditions: Array<[string, FcValue]> = [];
  if (filter !== undefined && filter !== null) {
    if (
      typeof filter !== 'object' ||
      Array.isArray(filter) ||
      filter instanceof Date ||
      filter instanceof Uint8Array
    ) {
      throw new FcFault(
        FC_FAULT_CODES.invalidParams,
        `query('${type}'): the filter must be a struct of exact-match values, got ${describeFcValue(filter)}`,
      );
    }
    conditions = Object.entries(filter);
    for (const [field] of conditions) {
      if (!Object.hasOwn(FC_TYPE_RULES[type].fields, field)) {
        throw new FcFault(
          FC_FAULT_CODES.invalidRecord,
          `query('${type}'): '${type}' has no field '${field}'`,
        );
      }
    }
  }
  return [...state.records[type].values()]
    .map((record) => presentRecord(state, type, record))
    .filter((record) => conditions.every(([field, value]) => valuesEqual(record[field], value)));
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
