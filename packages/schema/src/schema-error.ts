/** The base class of every error from `@sl/schema`. `code` is stable: branch on it, not on the message. */
export class SchemaError extends Error {
  readonly code: 'SCHEMA_UNREADABLE' | 'SCHEMA_INVALID' | 'SCHEMA_BAD_ARGUMENT';

  constructor(code: SchemaError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SchemaError';
    this.code = code;
  }
}
