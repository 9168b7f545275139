import { SoftLayerError } from '@sl/transport';

/** The `validate` hook rejected a call before anything was sent (code `SL_VALIDATION`). */
export class ValidationError extends SoftLayerError {
  static override readonly brand: string = 'ValidationError';
  readonly errors: readonly string[];
  readonly warnings: readonly string[];

  constructor(where: string, errors: readonly string[], warnings: readonly string[] = []) {
    super(`${where}: ${errors.join('; ')}`, { code: 'SL_VALIDATION' });
    this.errors = errors;
    this.warnings = warnings;
  }
}
