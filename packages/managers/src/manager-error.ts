import { SoftLayerError } from '@sl/transport';

/** What went wrong in a manager, before or after the API calls it made. */
export type ManagerErrorCode =
  /** No object matches a name, label, hostname or IP address. */
  | 'SL_NOT_FOUND'
  /** Several objects match where one was needed; the message lists their ids. */
  | 'SL_AMBIGUOUS'
  /** An argument the manager cannot use (checked before anything is sent). */
  | 'SL_INVALID_ARGUMENT'
  /** A wait (`waitForReady`, …) ran out of time; the last state read is in `lastValue`. */
  | 'SL_WAIT_TIMEOUT';

/** An error of a manager itself (API faults keep their own classes: `ObjectNotFoundError`, …). */
export class ManagerError extends SoftLayerError {
  static override readonly brand: string = 'ManagerError';
  declare readonly code: ManagerErrorCode;
  /** For `SL_WAIT_TIMEOUT`: what the last poll read. */
  readonly lastValue: unknown;

  constructor(
    code: ManagerErrorCode,
    message: string,
    options: { cause?: unknown; lastValue?: unknown } = {},
  ) {
    super(message, { code, cause: options.cause });
    this.lastValue = options.lastValue;
  }
}
