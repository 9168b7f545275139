import { readFileSync } from 'node:fs';
import { metadataPath } from '@sl/test-kit';
import type { MaskSchema, PropertyInfo } from '../src/index';

interface MetadataType {
  base?: string;
  properties?: Record<string, { type: string; form: 'local' | 'relational' | 'count' }>;
}

/** A MaskSchema over the SLDN metadata file, following `base` for inherited properties. */
export function loadMetadataSchema(): MaskSchema {
  const types = JSON.parse(readFileSync(metadataPath(), 'utf8')) as Record<string, MetadataType>;
  return {
    property(typeName: string, name: string): PropertyInfo | undefined {
      for (
        let type = types[typeName], hops = 0;
        type !== undefined && hops < 20;
        type = types[type.base ?? ''], hops++
      ) {
        const property = type.properties?.[name];
        if (property) return { kind: property.form, type: property.type };
      }
      return undefined;
    },
  };
}
