import { DEBIAN_PYTHON, hasReferenceClient, loadWireVectors, runPython } from '@sl/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatObjectMask,
  fromLegacyMask,
  MaskError,
  mask,
  masksEqual,
  printMask,
  toMaskString,
} from '../src/index';

describe('formatObjectMask (the reference wrapping rule)', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['id,hostname', 'mask[id,hostname]'],
    ['  id, hostname \n', 'mask[id, hostname]'],
    ['something.nested', 'mask[something.nested]'],
    ['mask[id]', 'mask[id]'],
    ['mask.something.nested', 'mask.something.nested'],
    ['mask(SoftLayer_Hardware_Server)[id]', 'mask(SoftLayer_Hardware_Server)[id]'],
    ['filteredMask[id]', 'filteredMask[id]'],
    ['[mask[id], mask(T)[x]]', '[mask[id], mask(T)[x]]'],
    ['maskedThing', 'maskedThing'],
    ['Mask[id]', 'mask[Mask[id]]'],
    ['', 'mask[]'],
  ];
  it.each(CASES)('%j → %j', (input, expected) => expect(formatObjectMask(input)).toBe(expected));

  it('matches the masks the reference client put on the wire', () => {
    const vectors = loadWireVectors().filter((vector) => vector.call.kwargs?.mask !== undefined);
    expect(vectors.length).toBe(6);
    for (const vector of vectors) {
      const input = vector.call.kwargs?.mask as string | object;
      const params = vector.xmlrpc.params[0] as { headers: Record<string, { mask: unknown }> };
      if (typeof input === 'string') {
        expect(formatObjectMask(input)).toBe(params.headers.SoftLayer_ObjectMask?.mask);
        expect(toMaskString(input)).toBe(params.headers.SoftLayer_ObjectMask?.mask);
        if (vector.rest) {
          expect(new URL(vector.rest.url).searchParams.get('objectMask')).toBe(formatObjectMask(input));
        }
      } else {
        // The reference sends a legacy mask as a struct in `<Service>ObjectMask`; as a string it is this tree.
        const legacy = Object.entries(params.headers).find(([name]) => name.endsWith('ObjectMask'))?.[1]
          ?.mask;
        expect(legacy).toEqual(input);
        expect(toMaskString(input)).toBe('mask[datacenter,operatingSystem[passwords]]');
      }
    }
  });

  it.runIf(hasReferenceClient())('agrees with the reference implementation on arbitrary text', () => {
    const inputs = fc.sample(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.string({
          unit: fc.constantFrom(
            'mask',
            'filteredMask',
            '[',
            ' ',
            '\n',
            '\x1c',
            '\x85',
            '\ufeff',
            '\xa0',
            'id',
          ),
          maxLength: 6,
        }),
      ),
      { numRuns: 300, seed: 4 },
    );
    const script = [
      'import json, sys',
      'from SoftLayer.transports.transport import _format_object_mask',
      'print(json.dumps([_format_object_mask(m) for m in json.load(sys.stdin)]))',
    ].join('\n');
    const result = runPython(script, JSON.stringify(inputs), { python: DEBIAN_PYTHON });
    expect(result.stderr).toBe('');
    expect(inputs.map(formatObjectMask)).toEqual(JSON.parse(result.stdout));
  });
});

describe('fromLegacyMask and toMaskString', () => {
  it('converts the legacy object form', () => {
    // Regression: the SLDN XML-RPC article writes leaves as empty arrays; they were refused.
    expect(printMask(fromLegacyMask({ resourceRecords: [], domain: { id: [] } }))).toBe(
      'mask[resourceRecords,domain[id]]',
    );
    expect(() => fromLegacyMask({ a: [1] })).toThrow(/empty array/);
    const tree = fromLegacyMask({ datacenter: {}, operatingSystem: { passwords: {} } });
    expect(printMask(tree)).toBe('mask[datacenter,operatingSystem[passwords]]');
    expect(masksEqual(tree, mask({ datacenter: true, operatingSystem: ['passwords'] }))).toBe(true);
    expect(printMask(fromLegacyMask({ a: null, b: true }))).toBe('mask[a,b]');
  });

  it('prints trees and converts legacy objects', () => {
    expect(toMaskString(mask('id', { datacenter: 'name' }))).toBe('mask[id,datacenter[name]]');
    expect(toMaskString({ datacenter: {} })).toBe('mask[datacenter]');
  });

  it.each([
    [{ 'not a name': {} }, /"not a name"/],
    [{ a: { b: 3 } }, /at a\.b/],
    [{ a: 'x' }, /at a must be an object/],
  ])('rejects the legacy mask %j', (legacy, message) => {
    expect(() => fromLegacyMask(legacy)).toThrow(expect.objectContaining({ code: 'MASK_LEGACY' }));
    expect(() => fromLegacyMask(legacy)).toThrow(message);
  });

  it('rejects what is not a mask', () => {
    expect(() => fromLegacyMask([] as object)).toThrow(MaskError);
    expect(() => toMaskString(new Date())).toThrow(expect.objectContaining({ code: 'MASK_INPUT' }));
    expect(() => toMaskString(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'MASK_INPUT' }),
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    expect(() => fromLegacyMask(cyclic)).toThrow(expect.objectContaining({ code: 'MASK_TOO_DEEP' }));
  });
});
