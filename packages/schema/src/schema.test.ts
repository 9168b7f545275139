import { statSync } from 'node:fs';
import { applyMask } from '@sl/mask';
import { describe, expect, test } from 'vitest';
import { isSubtype } from './is-subtype';
import { loadSchema, loadSchemaSync } from './load-schema';
import { methodInfo, resultType } from './method-info';
import { createSchema } from './schema';
import { SchemaError } from './schema-error';

const schema = await loadSchema();

describe('loadSchema', () => {
  test('every datatype and service of the metadata', () => {
    expect(schema.typeNames).toHaveLength(1256);
    expect(schema.serviceNames).toHaveLength(371);
  });

  test('stays within the 1 MB size budget', () => {
    expect(statSync(new URL('./schema.generated.json', import.meta.url)).size).toBeLessThan(1_000_000);
  });

  test('loads once: later calls, sync or not, share the result', async () => {
    expect(await loadSchema()).toBe(schema);
    expect(loadSchemaSync()).toBe(schema);
  });

  test.each([
    [null, 'expected { version: 1'],
    [{ version: 2, types: {}, services: {} }, 'expected { version: 1'],
    [{ version: 1, types: [], services: {} }, 'types and services must be objects'],
    [{ version: 1, types: { A: 'x' }, services: {} }, 'types.A must be [base, properties]'],
    [{ version: 1, types: { A: ['', { id: 'q:int' }] }, services: {} }, 'types.A.id is malformed'],
    [{ version: 1, types: {}, services: { S: ['', { m: ['int'] }] } }, 'services.S.m is malformed'],
  ])('createSchema rejects a damaged schema (%j) with SCHEMA_INVALID', (value, message) => {
    expect(() => createSchema(value as never)).toThrow(message);
    expect(() => createSchema(value as never)).toThrow(expect.objectContaining({ code: 'SCHEMA_INVALID' }));
    expect(() => createSchema(value as never)).toThrow(SchemaError);
  });
});

describe('a damaged schema', () => {
  test('a cycle of bases does not hang or overflow', () => {
    const cyclic = createSchema({
      version: 1,
      types: { A: ['B', { a: 'l:int' }], B: ['A', { b: 'r:A' }] },
      services: { A: ['', {}] },
    });
    expect(cyclic.propertyNames('A')).toEqual(['a', 'b']);
    expect(isSubtype(cyclic, 'A', 'C')).toBe(false);
    expect(cyclic.method('A', 'getB')).toBeUndefined();
  });
});

describe('properties', () => {
  test('own and inherited, with kind, type and array flag', () => {
    expect(schema.property('SoftLayer_Hardware_Server', 'controlPanel')).toEqual({
      kind: 'relational',
      type: 'SoftLayer_Software_Component_ControlPanel',
      array: false,
      declaredBy: 'SoftLayer_Hardware_Server',
    });
    expect(schema.property('SoftLayer_Hardware_Server', 'hostname')).toMatchObject({
      kind: 'local',
      type: 'string',
      declaredBy: 'SoftLayer_Hardware',
    });
    expect(schema.property('SoftLayer_Account', 'virtualGuests')).toMatchObject({
      kind: 'relational',
      array: true,
    });
    expect(schema.property('SoftLayer_Account', 'virtualGuestCount')).toMatchObject({ kind: 'count' });
    expect(schema.property('SoftLayer_Hardware', 'controlPanel')).toBeUndefined();
    expect(schema.property('NoSuchType', 'id')).toBeUndefined();
    expect(schema.propertyNames('SoftLayer_Hardware_Server')).toContain('datacenter');
  });

  test('inheritance: bases, subtypes, isSubtype', () => {
    expect(schema.baseOf('SoftLayer_Hardware_Server')).toBe('SoftLayer_Hardware');
    expect(schema.baseOf('SoftLayer_Entity')).toBeUndefined();
    expect(schema.subtypesOf('SoftLayer_Hardware')).toEqual(
      expect.arrayContaining(['SoftLayer_Hardware_Server', 'SoftLayer_Hardware_Switch']),
    );
    expect(isSubtype(schema, 'SoftLayer_Hardware_Server', 'SoftLayer_Hardware')).toBe(true);
    expect(isSubtype(schema, 'SoftLayer_Hardware', 'SoftLayer_Hardware_Server')).toBe(false);
    expect(isSubtype(schema, 'SoftLayer_Virtual_Guest', 'SoftLayer_Entity')).toBe(true);
    expect(isSubtype(schema, 'SoftLayer_Virtual_Guest', 'SoftLayer_Hardware')).toBe(false);
  });

  test("is the MaskSchema @sl/mask's applyMask asks for property kinds", () => {
    const guest = { id: 1, hostname: 'web1', networkComponentCount: 2, datacenter: { id: 3, name: 'dal13' } };
    const options = { rootType: 'SoftLayer_Virtual_Guest', schema };
    // A count property comes back only when named; local ones all come back when none is named.
    expect(applyMask(guest, 'mask[datacenter[name]]', options)).toEqual({
      id: 1,
      hostname: 'web1',
      datacenter: { name: 'dal13' },
    });
    expect(applyMask(guest, 'mask[id,networkComponentCount]', options)).toEqual({
      id: 1,
      networkComponentCount: 2,
    });
  });
});

describe('methodInfo and resultType', () => {
  test('declared methods: flags and parameters (massSparePool keeps a required one after a default)', () => {
    expect(methodInfo(schema, 'SoftLayer_Hardware_Server', 'massSparePool')).toMatchObject({
      returns: 'SoftLayer_Container_Hardware_Server_Request',
      array: true,
      static: true,
      origin: 'declared',
      parameters: [
        { name: 'hardwareIds', type: 'string', array: true, optional: false },
        { name: 'action', type: 'string', array: false, optional: false },
        { name: 'newOrder', type: 'boolean', array: false, optional: true },
      ],
    });
    expect(methodInfo(schema, 'SoftLayer_Virtual_Guest', 'createObject')).toMatchObject({
      static: true,
      maskable: true,
      parameters: [{ name: 'templateObject', type: 'SoftLayer_Virtual_Guest', optional: false }],
    });
  });

  test('ORM getters and inherited methods, short service names', () => {
    expect(methodInfo(schema, 'Account', 'getVirtualGuests')).toMatchObject({
      service: 'SoftLayer_Account',
      returns: 'SoftLayer_Virtual_Guest',
      array: true,
      static: true,
      limitable: true,
      filterable: true,
      maskable: true,
      origin: 'orm',
    });
    expect(methodInfo(schema, 'SoftLayer_Hardware_Server', 'getDatacenter')).toMatchObject({
      origin: 'orm',
      declaredBy: 'SoftLayer_Hardware',
      static: false,
      limitable: false,
    });
    const inherited = methodInfo(schema, 'SoftLayer_Hardware_Server', 'getBackendIncomingBandwidth');
    expect(inherited).toMatchObject({ origin: 'inherited', declaredBy: 'SoftLayer_Hardware' });
    expect(resultType(schema, 'SoftLayer_Account', 'getHardware')).toBe('SoftLayer_Hardware');
    expect(methodInfo(schema, 'SoftLayer_Account', 'getNothing')).toBeUndefined();
    expect(methodInfo(schema, 'NoSuchService', 'getObject')).toBeUndefined();
  });

  test('every service lists its callable methods: 5,856 in all', () => {
    const total = schema.serviceNames.reduce((sum, name) => sum + schema.methodNames(name).length, 0);
    expect(total).toBe(5856);
  });
});
