/** A value the API compares with: text or a number. */
export type FilterValue = string | number;

/** One named option of a condition, e.g. `{ name: 'date', value: ['04/01/2023 00:00:00'] }`. */
export interface FilterOption {
  readonly name: string;
  readonly value: readonly FilterValue[];
}

/** The leaf of a filter: an operation (`'dal05'`, `1234`, `'>= 10'`, `'betweenDate'`...) and its options. */
export interface FilterCondition {
  readonly operation: FilterValue;
  readonly options?: readonly FilterOption[];
}

/** A filter level: property names mapped to a deeper level or to a condition. */
export type ObjectFilter = { readonly [property: string]: ObjectFilter | FilterCondition };

/** `ASC` or `DESC`, as `orderBy` takes it. */
export type SortDirection = 'ASC' | 'DESC';

/** A date for the date operations: a `Date`, or text the API reads (`MM/DD/YYYY HH:mm:ss`, or ISO 8601). */
export type FilterDate = Date | string;
