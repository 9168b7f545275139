import { SoftLayerError } from '@sl/transport';

/** The IAM token endpoint refused or failed (code `SL_IAM`); `errorCode` is IAM's own (e.g. `BXNIM0415E`). */
export class IamError extends SoftLayerError {
  static override readonly brand: string = 'IamError';
  readonly status: number;
  readonly errorCode: string | undefined;

  constructor(status: number, message: string, options: { errorCode?: string; cause?: unknown } = {}) {
    super(message, { code: 'SL_IAM', isRetryable: status >= 500 || status === 429, cause: options.cause });
    this.status = status;
    this.errorCode = options.errorCode;
  }
}
