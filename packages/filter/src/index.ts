export { type CompiledFilter, compileFilter, type MatchOptions, type OrderByRule } from './compile-filter';
export { type DatePoint, formatFilterDate } from './date-point';
export {
  eventLogFilterBetweenDate,
  eventLogFilterGreaterThanDate,
  eventLogFilterLessThanDate,
  formatEventLogDate,
} from './event-log-filter';
export { FilterError, type FilterErrorCode } from './filter-error';
export { filterForProperty } from './filter-for-property';
export { matchesFilter, matchFilter } from './match-filter';
export { mergeFilters } from './merge-filters';
export { type ConditionBuilders, op } from './op';
export {
  type ComparisonOperator,
  type DateOperation,
  type ParsedCondition,
  parseCondition,
  type TextOperator,
} from './parse-condition';
export { buildFilterOrderBy, queryFilter, queryFilterDate, queryFilterOrderBy } from './query-filter';
export { isFilterCondition } from './read-filter';
export type {
  FilterCondition,
  FilterDate,
  FilterOption,
  FilterValue,
  ObjectFilter,
  SortDirection,
} from './types';
export { validateFilter } from './validate-filter';
export { type PathBuilder, where } from './where';
