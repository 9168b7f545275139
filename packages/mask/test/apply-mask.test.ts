import { describe, expect, it } from 'vitest';
import { applyMask, MaskError, MaskSyntaxError, parseMask } from '../src/index';
import { loadMetadataSchema } from './metadata-schema';

const hardware = () => ({
  id: 1,
  hostname: 'web1',
  fullyQualifiedDomainName: 'web1.example.com',
  primaryIpAddress: '10.0.0.1',
  createDate: new Date('2024-01-02T03:04:05Z'),
  tags: ['a', 'b'],
  networkComponentCount: 2,
  datacenter: { id: 3, name: 'dal05', longName: 'Dallas 5', regions: [{ keyname: 'NA' }] },
  networkComponents: [
    { id: 10, name: 'eth', port: 0, speed: 1000, primarySubnet: { id: 99 } },
    { id: 11, name: 'eth', port: 1, speed: 1000, primarySubnet: { id: 98 } },
  ],
  billingItem: null,
});

describe('applyMask without a schema (plain objects and arrays of them are relational)', () => {
  const LOCALS = {
    id: 1,
    hostname: 'web1',
    fullyQualifiedDomainName: 'web1.example.com',
    primaryIpAddress: '10.0.0.1',
    createDate: new Date('2024-01-02T03:04:05Z'),
    tags: ['a', 'b'],
    networkComponentCount: 2,
    billingItem: null,
  };
  it.each<[string, string, Record<string, unknown>]>([
    ['mask[] gives every local property and no relational one', 'mask[]', LOCALS],
    ['mask (bare root) is the same', 'mask', LOCALS],
    ['naming a local property gives only the named locals', 'mask[id,hostname]', { id: 1, hostname: 'web1' }],
    [
      'naming only a relational property adds it to all locals',
      'mask[datacenter]',
      { ...LOCALS, datacenter: { id: 3, name: 'dal05', longName: 'Dallas 5' } },
    ],
    [
      'each level decides for itself',
      'mask[id,datacenter[name],networkComponents[primarySubnet]]',
      {
        id: 1,
        datacenter: { name: 'dal05' },
        networkComponents: [
          { id: 10, name: 'eth', port: 0, speed: 1000, primarySubnet: { id: 99 } },
          { id: 11, name: 'eth', port: 1, speed: 1000, primarySubnet: { id: 98 } },
        ],
      },
    ],
    [
      "seed 004's payload-reduction example",
      'mask[id,fullyQualifiedDomainName,primaryIpAddress,datacenter.longName,networkComponents[id,name,port]]',
      {
        id: 1,
        fullyQualifiedDomainName: 'web1.example.com',
        primaryIpAddress: '10.0.0.1',
        datacenter: { longName: 'Dallas 5' },
        networkComponents: [
          { id: 10, name: 'eth', port: 0 },
          { id: 11, name: 'eth', port: 1 },
        ],
      },
    ],
    ['a named property that is absent stays absent', 'mask[id,virtualGuests[id]]', { id: 1 }],
    ['an absent name says nothing about kinds', 'mask[notThere]', LOCALS],
    ['a named relational that is null stays null', 'mask[id,billingItem[id]]', { id: 1, billingItem: null }],
    ['non-plain objects (dates) are local values', 'mask[createDate]', { createDate: LOCALS.createDate }],
  ])('%s: %s', (_title, text, expected) => {
    expect(applyMask(hardware(), text)).toEqual(expected);
  });

  it('applies to each item of an array, and passes primitives through', () => {
    expect(applyMask([hardware(), hardware()], 'mask[id]')).toEqual([{ id: 1 }, { id: 1 }]);
    expect(applyMask(42, 'mask[id]')).toBe(42);
    expect(applyMask(null, 'mask[id]')).toBe(null);
  });

  it('never mutates the input and keeps the object key order', () => {
    const input = hardware();
    const before = structuredClone(input);
    const output = applyMask(input, parseMask('mask[networkComponents[id], hostname, id]'));
    expect(input).toEqual(before);
    expect(Object.keys(output)).toEqual(['id', 'hostname', 'networkComponents']);
  });

  it('unions the sections of a root list and the typed duplicates of a property', () => {
    expect(applyMask(hardware(), '[mask[id], mask(SoftLayer_Hardware_Server)[hostname]]')).toEqual({
      id: 1,
      hostname: 'web1',
    });
    expect(
      applyMask(
        { resource: { id: 1, hostname: 'h', notes: 'n' } },
        'mask[resource(A)[id],resource(B)[hostname]]',
      ),
    ).toEqual({ resource: { id: 1, hostname: 'h' } });
  });

  it('gives typed errors for bad masks', () => {
    expect(() => applyMask({}, 'mask[')).toThrow(MaskSyntaxError);
    expect(() => applyMask({}, {} as never)).toThrow(MaskError);
  });
});

describe('applyMask with a schema (the SLDN metadata)', () => {
  const schema = loadMetadataSchema();
  const options = { rootType: 'SoftLayer_Hardware', schema };

  it('count properties come back only when named, and do not restrict locals', () => {
    const all = applyMask(hardware(), 'mask[]', options) as Record<string, unknown>;
    expect(all).not.toHaveProperty('networkComponentCount');
    expect(all).toHaveProperty('hostname');
    const counted = applyMask(hardware(), 'mask[networkComponentCount]', options) as Record<string, unknown>;
    expect(counted.networkComponentCount).toBe(2);
    expect(counted.hostname).toBe('web1');
  });

  it('child types come from the schema: relational values of the child type are dropped unless named', () => {
    expect(applyMask(hardware(), 'mask[id,datacenter]', options)).toEqual({
      id: 1,
      datacenter: { id: 3, name: 'dal05', longName: 'Dallas 5' },
    });
    expect(applyMask(hardware(), 'mask[id,datacenter[regions]]', options)).toEqual({
      id: 1,
      datacenter: { id: 3, name: 'dal05', longName: 'Dallas 5', regions: [{ keyname: 'NA' }] },
    });
  });

  it('a relational property counts as relational even when its value looks local', () => {
    const input = { id: 1, hostname: 'h', billingItem: null, datacenter: 'dal05' };
    expect(applyMask(input, 'mask[datacenter]', options)).toEqual({
      id: 1,
      hostname: 'h',
      datacenter: 'dal05',
    });
  });

  it('a typed root reads properties of that type (controlPanel is on SoftLayer_Hardware_Server only)', () => {
    const server = { id: 1, hostname: 'h', controlPanel: { id: 5, name: 'cp' } };
    expect(applyMask(server, 'mask(SoftLayer_Hardware_Server)[controlPanel]', options)).toEqual(server);
    expect(applyMask(server, 'mask[]', options)).toEqual({ id: 1, hostname: 'h' });
  });

  it("reduces a local complex property the mask drills into (SoftLayer_Search::search's resource)", () => {
    const results = [
      {
        relevanceScore: 1,
        resourceType: 'SoftLayer_Hardware',
        resource: { id: 1, hostname: 'h', datacenter: { longName: 'Dallas 5', id: 3 } },
      },
      {
        relevanceScore: 0.5,
        resourceType: 'SoftLayer_Virtual_Guest',
        resource: { id: 2, maxCpu: 4, datacenter: { longName: 'Paris 1', id: 4 } },
      },
    ];
    const mask =
      'mask[resource(SoftLayer_Hardware)[id,datacenter.longName],resource(SoftLayer_Virtual_Guest)[id,datacenter.longName]]';
    expect(applyMask(results, mask, { rootType: 'SoftLayer_Container_Search_Result', schema })).toEqual([
      {
        relevanceScore: 1,
        resourceType: 'SoftLayer_Hardware',
        resource: { id: 1, datacenter: { longName: 'Dallas 5' } },
      },
      {
        relevanceScore: 0.5,
        resourceType: 'SoftLayer_Virtual_Guest',
        resource: { id: 2, datacenter: { longName: 'Paris 1' } },
      },
    ]);
  });
});

describe('applyMask on hostile input', () => {
  it('keeps a "__proto__" key as data and ignores inherited names', () => {
    const input = JSON.parse('{"id":1,"__proto__":{"polluted":true},"datacenter":{"id":2}}') as Record<
      string,
      unknown
    >;
    const output = applyMask(input, 'mask[]') as Record<string, unknown>;
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.hasOwn(output, '__proto__')).toBe(false); // relational-looking, so not a local
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const named = applyMask(input, 'mask[__proto__[polluted]]') as Record<string, unknown>;
    expect(Object.hasOwn(named, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(named)).toBe(Object.prototype);
    expect(applyMask({ id: 1, hostname: 'h' }, 'mask[constructor]')).toEqual({ id: 1, hostname: 'h' });
  });
});
