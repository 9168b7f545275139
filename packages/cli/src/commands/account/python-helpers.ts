/** The reference's `utils.trim_to`: at most `length` characters, then `...`. */
export function trimTo(text: string, length: number, tail = '...'): string {
  return text.length > length ? text.slice(0, length) + tail : text;
}

/** The reference's `utils.clean_splitlines`: line ends as `\n` ('' for none). */
export function cleanSplitlines(text: string | null | undefined): string {
  return text === null || text === undefined ? '' : text.split(/\r\n|\r|\n/).join('\n');
}

/** Python's `"{}".format(value)` of what the API gave (None for nothing). */
export function formatPython(value: unknown): string {
  if (value === undefined || value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return String(value);
}
