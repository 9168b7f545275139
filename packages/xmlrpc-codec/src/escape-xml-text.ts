/** Describes a character for an error message: `U+0001`. */
export function describeCharacter(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * True when `text` needs more than copying: `&`, `<`, `>`, `\r` (escaped so it survives line-end normalisation) or a
 * character XML 1.0 may not carry (C0 controls other than tab/LF, surrogates — checked in pairs later —, U+FFFE,
 * U+FFFF). A character loop, not a regexp: V8 would keep the last regexp input (a caller's string) alive.
 */
function needsEscaping(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (
      code < 0x3f
        ? code === 38 || code === 60 || code === 62 || (code < 32 && code !== 9 && code !== 10)
        : code >= 0xd800 && (code <= 0xdfff || code >= 0xfffe)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Escapes text for an XML element. Calls `onInvalid(index, code)` (which must throw) for a character XML 1.0
 * cannot carry. The escaping loop runs only when something needs it.
 */
export function escapeXmlText(text: string, onInvalid: (index: number, code: number) => never): string {
  if (!needsEscaping(text)) return text;
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
