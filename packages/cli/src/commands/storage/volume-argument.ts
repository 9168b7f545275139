/** A volume argument as the managers take it: a number when it is one, else a username they resolve. */
export function volumeArgument(value: string | string[] | undefined): number | string {
  const identifier = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return /^\d+$/.test(identifier.trim()) ? Number.parseInt(identifier, 10) : identifier;
}
