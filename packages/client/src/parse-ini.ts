/**
 * Reads an INI file the way Python's `RawConfigParser` does for our keys: `[section]` headers, `key = value`
 * or `key: value`, `#`/`;` comment lines, indented continuation lines, case-insensitive keys. Returns
 * section → key → value.
 */
export function parseIni(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = {};
  let section: Record<string, string> | undefined;
  let lastKey: string | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || /^\s*[#;]/.test(rawLine)) {
      lastKey = undefined;
      continue;
    }
    if (/^\s/.test(rawLine) && section && lastKey !== undefined) {
      section[lastKey] = `${section[lastKey]}\n${rawLine.trim()}`;
      continue;
    }
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(rawLine);
    if (header) {
      const name = header[1]!.trim();
      sections[name] ??= Object.create(null) as Record<string, string>;
      section = sections[name];
      lastKey = undefined;
      continue;
    }
    const pair = /^\s*([^=:]+?)\s*[=:]\s*(.*?)\s*$/.exec(rawLine);
    if (pair && section) {
      lastKey = pair[1]!.toLowerCase();
      section[lastKey] = pair[2]!;
    }
  }
  return sections;
}
