import { fromLegacyMask, type MaskTree, parseMask } from '@sl/mask';
import { faults } from './api-fault';

/**
 * The mask a request carried, parsed: extended text (`mask[...]`, `filteredMask[...]`, `[...]`), the REST legacy
 * form (`datacenter;operatingSystem.passwords`), bare property lists (`id,hostname`) or a legacy mask object.
 */
/** The XML-RPC article writes legacy leaves as empty arrays (`{resourceRecords: []}`); `@sl/mask` takes `true`. */
function legacyLeaves(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (Array.isArray(item) && item.length === 0) out[key] = true;
    else if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      out[key] = legacyLeaves(item as Record<string, unknown>);
    } else out[key] = item;
  }
  return out;
}

export function parseRequestMask(mask: string | Record<string, unknown>): MaskTree {
  try {
    if (typeof mask !== 'string') return fromLegacyMask(legacyLeaves(mask));
    const text = mask.trim();
    if (/^(mask|filteredMask)\b|^\[/.test(text)) return parseMask(text);
    return parseMask(`mask[${text.split(';').join(',')}]`);
  } catch (error) {
    throw faults.invalidMask(error instanceof Error ? error.message : String(error));
  }
}
