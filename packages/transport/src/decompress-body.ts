import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);
const brotliAsync = promisify(brotliDecompress);

/**
 * Decodes a body by its `Content-Encoding` (gzip, x-gzip, deflate — zlib-wrapped or raw — and br; several
 * codings are undone right to left). Unknown codings throw, so a caller never gets compressed bytes as text.
 */
export async function decompressBody(body: Buffer, contentEncoding: string | undefined): Promise<Buffer> {
  if (!contentEncoding || body.length === 0) return body;
  const codings = contentEncoding
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let result = body;
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') result = await gunzipAsync(result);
    else if (coding === 'deflate') result = await inflateAsync(result).catch(() => inflateRawAsync(result));
    else if (coding === 'br') result = await brotliAsync(result);
    else throw new Error(`unsupported Content-Encoding "${coding}"`);
  }
  return result;
}
