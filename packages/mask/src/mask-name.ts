const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether a string is a valid property or type name: letters, digits and underscores, not starting with a digit. */
export function isMaskName(text: string): boolean {
  return NAME.test(text);
}

export function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

export function isNamePart(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

/** The deepest nesting a mask may have; deeper input is rejected rather than overflowing the stack. */
export const MAX_MASK_DEPTH = 128;
