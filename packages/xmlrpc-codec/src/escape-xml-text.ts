/**
 * True when `text` needs more than copying: `&`, `<`, `>`, `\r` (escaped so it survives line-end normalisation) or a
 * character XML 1.0 cannot carry (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE, U+FFFF).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point of this test
const NEEDS_ESCAPING = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** Describes a character for an error message: `U+0001`. */
export function describeCharacter(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Escapes text for an XML element. Calls `onInvalid(index, code)` (which must throw) for a character XML 1.0
 * cannot carry. One regex test per string; the character loop runs only when something needs escaping.
 */
export function escapeXmlText(text: string, onInvalid: (index: number, code: number) => never): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  let out = '';
  let start = 0;
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    let replacement: string;
    if (code === 38) replacement = '&amp;';
    else if (code === 60) replacement = '&lt;';
    else if (code === 62) replacement = '&gt;';
    else if (code === 13) replacement = '&#13;';
    else if (code < 32) {
      if (code === 9 || code === 10) continue;
      return onInvalid(index, code);
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return onInvalid(index, code);
    } else if ((code >= 0xdc00 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      return onInvalid(index, code);
    } else continue;
    out += text.slice(start, index) + replacement;
    start = index + 1;
  }
  return out + text.slice(start);
}
