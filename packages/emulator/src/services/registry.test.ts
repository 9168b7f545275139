import { loadSchemaSync } from '@sl/schema';
import { describe, expect, it } from 'vitest';
import { extendSchema } from '../schema-extensions';
import { SERVICES } from './registry';

describe('the service registry', () => {
  it('implements only methods the API has (a handler the metadata lacks could never be reached)', () => {
    const schema = extendSchema(loadSchemaSync());
    const unknown: string[] = [];
    for (const [name, definition] of SERVICES) {
      for (const method of Object.keys(definition.methods)) {
        if (!schema.method(name, method)) unknown.push(`${name}::${method}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
