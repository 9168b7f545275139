/** What is wrong, as a stable code. */
export type SchemaIssueCode =
  | 'MASK_SYNTAX'
  | 'UNKNOWN_TYPE'
  | 'UNKNOWN_SERVICE'
  | 'UNKNOWN_METHOD'
  | 'UNKNOWN_PROPERTY'
  | 'NEEDS_TYPE_CAST'
  | 'UNRELATED_CAST'
  | 'NOT_RELATIONAL'
  | 'BAD_FILTER';

/** One problem found in a mask or a filter. */
export interface SchemaIssue {
  readonly code: SchemaIssueCode;
  /** Where: the dotted property path from the root (`activeTransaction.transactionStatus`), `""` for the root. */
  readonly path: string;
  /** A sentence a person can act on. */
  readonly message: string;
  /** "Did you mean" names for an unknown property; for `NEEDS_TYPE_CAST` the subtypes that declare it. */
  readonly suggestions: readonly string[];
}
