/** The 64 letters plus `=`: 1 = letter, 2 = padding. Whitespace (space, tab, CR, LF) is 3. */
const BASE64_CLASS = new Uint8Array(128);
for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  BASE64_CLASS[letter.charCodeAt(0)] = 1;
}
BASE64_CLASS[61] = 2;
for (const space of ' \t\r\n') BASE64_CLASS[space.charCodeAt(0)] = 3;

/**
 * Decodes base64 text (whitespace allowed anywhere, as MIME writers wrap lines) to fresh bytes, or returns a reason
 * string when the text is not base64: a letter outside the alphabet, padding in the middle, or a bad length.
 */
export function decodeBase64(text: string): Uint8Array | string {
  let letters = 0;
  let padding = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? BASE64_CLASS[code] : 0;
    if (kind === 1) {
      if (padding > 0) return `base64 letter after padding at offset ${index}`;
      letters++;
    } else if (kind === 2) padding++;
    else if (kind !== 3) return `character ${JSON.stringify(text[index])} at offset ${index} is not base64`;
  }
  if (padding > 2 || (letters + padding) % 4 !== 0 || (padding > 0 && letters % 4 === 0)) {
    return `base64 text of ${letters} letters and ${padding} padding is truncated or over-padded`;
  }
  if (letters % 4 === 1) return 'base64 text has an impossible length';
  const decoded = Buffer.from(text, 'base64');
  return new Uint8Array(decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.byteLength));
}
