export type { CompactSchema } from './compact-schema';
export {
  type CallToValidate,
  type CallValidation,
  type CallValidator,
  createCallValidator,
} from './create-call-validator';
export { isSubtype } from './is-subtype';
export { closestNames, levenshtein } from './levenshtein';
export { loadSchema, loadSchemaSync } from './load-schema';
export { methodInfo, resultType } from './method-info';
export { subtypesDeclaring } from './property-issue';
export {
  createSchema,
  type MethodInfo,
  type ParameterInfo,
  type PropertyInfo,
  type PropertyKind,
  type Schema,
} from './schema';
export { SchemaError } from './schema-error';
export type { SchemaIssue, SchemaIssueCode } from './schema-issue';
export type { SchemaTarget } from './schema-target';
export { validateFilter } from './validate-filter';
export { validateMask } from './validate-mask';
