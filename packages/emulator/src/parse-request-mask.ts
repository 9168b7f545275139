import { fromLegacyMask, type MaskTree, parseMask } from '@sl/mask';
import { faults } from './api-fault';

/**
 * The mask a request carried, parsed: extended text (`mask[...]`, `filteredMask[...]`, `[...]`), the REST legacy
 * form (`datacenter;operatingSystem.passwords`), bare property lists (`id,hostname`) or a legacy mask object.
 */

export function parseRequestMask(mask: string | Record<string, unknown>): MaskTree {
  try {
    if (typeof mask !== 'string') return fromLegacyMask(mask);
    const text = mask.trim();
    if (/^(mask|filteredMask)\b|^\[/.test(text)) return parseMask(text);
    return parseMask(`mask[${text.split(';').join(',')}]`);
  } catch (error) {
    throw faults.invalidMask(error instanceof Error ? error.message : String(error));
  }
}
