import { isUtf8 } from 'node:buffer';

/** The names of ISO-8859-1 an XML declaration or a Content-Type may use. */
const LATIN1_NAME = /^(?:iso[-_]?8859-1|latin-?1|l1)$/i;

const XML_DECLARATION_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/;

/** The charset a request declares: its XML declaration's encoding, else its Content-Type's charset. */
function declaredCharset(body: Buffer, contentType: string | undefined): string | undefined {
  const head = body.subarray(0, 256).toString('latin1');
  return (
    XML_DECLARATION_ENCODING.exec(head)?.[1] ?? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]
  );
}

/**
 * What the XML-RPC endpoint decodes, by an emulator rule (the codec stays strict and agrees with Python): the
 * reference client declares `encoding='iso-8859-1'` but sends its text as UTF-8, so a request that declares
 * ISO-8859-1 (XML declaration or Content-Type) and whose bytes are valid UTF-8 with multi-byte sequences is read as
 * UTF-8. Other ISO-8859-1 requests are read as ISO-8859-1 (the Content-Type counts too); the rest go to the codec
 * as bytes.
 */
export function xmlRpcRequestText(body: Buffer, contentType: string | undefined): string | Buffer {
  const charset = declaredCharset(body, contentType);
  if (charset === undefined || !LATIN1_NAME.test(charset)) return body;
  const multiByte = body.some((byte) => byte >= 0x80);
  return multiByte && isUtf8(body) ? body.toString('utf8') : body.toString('latin1');
}
