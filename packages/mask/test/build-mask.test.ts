import { describe, expect, it } from 'vitest';
import type { MaskInput } from '../src/index';
import { filteredMask, MaskSyntaxError, mask, parseMask, printMask, typed, typedMask } from '../src/index';

describe('mask() builder', () => {
  it.each<[string, readonly MaskInput[], string]>([
    ['strings', ['id', 'hostname'], 'mask[id,hostname]'],
    [
      'the example of the issue',
      ['id', 'hostname', { datacenter: ['name'], networkComponents: ['id', 'port'] }],
      'mask[id,hostname,datacenter[name],networkComponents[id,port]]',
    ],
    [
      'dotted strings and sets',
      ['datacenter.name', 'networkComponents[id,port]'],
      'mask[datacenter[name],networkComponents[id,port]]',
    ],
    ['true for a bare property', [{ datacenter: true, id: true }], 'mask[datacenter,id]'],
    [
      'false and undefined leave out',
      [{ datacenter: false, id: undefined, hostname: true }],
      'mask[hostname]',
    ],
    [
      'nested objects',
      [{ billingItem: { orderItem: { order: 'userRecord' } } }],
      'mask[billingItem[orderItem[order[userRecord]]]]',
    ],
    ['keys as paths', [{ 'billingItem.orderItem': ['id'] }], 'mask[billingItem[orderItem[id]]]'],
    [
      'typed keys',
      [{ 'resource(SoftLayer_Hardware)': ['id'], 'resource(SoftLayer_Virtual_Guest)': ['id'] }],
      'mask[resource(SoftLayer_Hardware)[id],resource(SoftLayer_Virtual_Guest)[id]]',
    ],
    [
      'typed()',
      [typed('resource', 'SoftLayer_Hardware', 'id', { datacenter: 'name' })],
      'mask[resource(SoftLayer_Hardware)[id,datacenter[name]]]',
    ],
    ['arrays and trees merge', [['id', ['id', parseMask('mask[a.b]')]], { a: 'c' }], 'mask[id,a[b,c]]'],
    [
      'whole masks',
      ['mask[id]', 'mask(SoftLayer_Hardware_Server)[controlPanel]'],
      '[mask[id],mask(SoftLayer_Hardware_Server)[controlPanel]]',
    ],
    ['nothing', [], 'mask[]'],
  ])('%s', (_title, parts, expected) => {
    expect(printMask(mask(...parts))).toBe(expected);
  });

  it('typedMask and filteredMask set the root', () => {
    expect(printMask(typedMask('SoftLayer_Hardware_Server', 'controlPanel', { datacenter: true }))).toBe(
      'mask(SoftLayer_Hardware_Server)[controlPanel,datacenter]',
    );
    expect(printMask(filteredMask('id', { activeComponents: ['id'] }))).toBe(
      'filteredMask[id,activeComponents[id]]',
    );
  });

  it('gives typed errors for what it cannot read', () => {
    expect(() => mask({ datacenter: 3 } as unknown as MaskInput)).toThrow(
      expect.objectContaining({
        code: 'MASK_BUILD',
        message: expect.stringMatching(/number 3 at datacenter/),
      }),
    );
    expect(() => mask({ a: { b: null } } as unknown as MaskInput)).toThrow(/null at a\.b/);
    expect(() => mask({ 'bad key': true })).toThrow(MaskSyntaxError);
    expect(() => mask('mask[a,,b]')).toThrow(MaskSyntaxError);
    expect(() => mask({ a: 'mask(T)[b]' })).toThrow(expect.objectContaining({ code: 'MASK_BUILD' }));
    expect(() => typedMask('T', 'filteredMask[a]')).toThrow(expect.objectContaining({ code: 'MASK_BUILD' }));
    expect(() => typed('a b', 'T')).toThrow(expect.objectContaining({ code: 'MASK_BUILD' }));
    expect(() => mask('mask[a]', filteredMask('b'))).toThrow(
      expect.objectContaining({ code: 'MASK_ROOT_CONFLICT' }),
    );
  });

  it('survives cyclic input with a typed error', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    expect(() => mask(cyclic as MaskInput)).toThrow(expect.objectContaining({ code: 'MASK_TOO_DEEP' }));
  });
});
