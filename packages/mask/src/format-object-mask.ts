import { MaskError } from './mask-error';

// Python's str.strip() white space (str.isspace), which differs from String.prototype.trim at \x1c-\x1f, \x85, \ufeff.
const PYTHON_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP = new RegExp(`^[${PYTHON_SPACE}]+|[${PYTHON_SPACE}]+$`, 'g');

/**
 * The reference client's wrapping rule, used by the transports: strip white space, then wrap in `mask[...]` unless
 * the text starts with `mask`, `[` or `filteredMask`. `'id,hostname'` becomes `'mask[id,hostname]'`. The text is not
 * validated (the API is the judge), exactly like the reference.
 */
export function formatObjectMask(mask: string): string {
  if (typeof mask !== 'string')
    throw new MaskError('formatObjectMask expects a string', { code: 'MASK_INPUT' });
  const stripped = mask.replace(STRIP, '');
  if (stripped.startsWith('mask') || stripped.startsWith('[') || stripped.startsWith('filteredMask'))
    return stripped;
  return `mask[${stripped}]`;
}
