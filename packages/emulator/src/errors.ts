/** Stable codes of the emulator's own errors (bad options, an unreadable state file). API faults are `ApiFault`. */
export type EmulatorErrorCode =
  | 'EMULATOR_INVALID_OPTION'
  | 'EMULATOR_STATE_UNREADABLE'
  | 'EMULATOR_STATE_INVALID'
  | 'EMULATOR_STATE_WRITE_FAILED'
  | 'EMULATOR_JOURNAL_CORRUPT'
  | 'EMULATOR_API_FAULT';

/** The base class of every error `@sl/emulator` throws. */
export class EmulatorError extends Error {
  readonly code: EmulatorErrorCode;

  constructor(code: EmulatorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmulatorError';
    this.code = code;
  }
}
