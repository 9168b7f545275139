import { loadManagerCalls, loadWireVectors } from '@sl/test-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatObjectMask, MaskSyntaxError, masksEqual, parseMask, printMask } from '../src/index';
import { maskLikeText } from './arbitraries';

/** Every example of seed 004 (the SLDN "Object-Masks" article), with its canonical form. */
const SEED_EXAMPLES: ReadonlyArray<readonly [string, string]> = [
  ['mask', 'mask[]'],
  ['mask[]', 'mask[]'],
  ['mask.networkComponents', 'mask[networkComponents]'],
  [
    'mask.networkComponents.networkVlans.primarySubnet',
    'mask[networkComponents[networkVlans[primarySubnet]]]',
  ],
  [
    'mask.networkComponents,mask.primaryIpAddress,mask.billingItem',
    'mask[networkComponents,primaryIpAddress,billingItem]',
  ],
  [
    '[mask.id,mask.fullyQualifiedDomainName,mask.networkComponents.networkHardware,mask.networkComponents.uplinkComponent]',
    'mask[id,fullyQualifiedDomainName,networkComponents[networkHardware,uplinkComponent]]',
  ],
  [
    'mask \n[\n    id,fullyQualifiedDomainName,networkComponents [\n        networkHardware,uplinkComponent\n    ]\n]',
    'mask[id,fullyQualifiedDomainName,networkComponents[networkHardware,uplinkComponent]]',
  ],
  [
    'mask[id,fullyQualifiedDomainName,primaryIpAddress,datacenter.longName,networkComponents[id,name,port]]',
    'mask[id,fullyQualifiedDomainName,primaryIpAddress,datacenter[longName],networkComponents[id,name,port]]',
  ],
  ['mask(SoftLayer_Hardware_Server).controlPanel', 'mask(SoftLayer_Hardware_Server)[controlPanel]'],
  [
    'mask\n[\n    resource(SoftLayer_Hardware)\n    [\n        id,\n        fullyQualifiedDomainName,\n        datacenter.longName,\n        networkComponents.primaryIpAddress\n    ],\n    resource(SoftLayer_Virtual_Guest)\n    [\n        id,\n        fullyQualifiedDomainName,\n        datacenter.longName,\n        networkComponents.primaryIpAddress\n    ]\n]',
    'mask[resource(SoftLayer_Hardware)[id,fullyQualifiedDomainName,datacenter[longName],networkComponents[primaryIpAddress]],resource(SoftLayer_Virtual_Guest)[id,fullyQualifiedDomainName,datacenter[longName],networkComponents[primaryIpAddress]]]',
  ],
  // From the issue and the other clients' notes.
  ['mask[id,datacenter.name]', 'mask[id,datacenter[name]]'],
  ['id,hostname', 'mask[id,hostname]'],
  ['mask.id', 'mask[id]'],
  ['filteredMask[id,hostname]', 'filteredMask[id,hostname]'],
  ['mask(SoftLayer_Hardware_Server)[id,controlPanel]', 'mask(SoftLayer_Hardware_Server)[id,controlPanel]'],
  [
    'mask[id, networkComponents[id,name,port], datacenter[longName]]',
    'mask[id,networkComponents[id,name,port],datacenter[longName]]',
  ],
  ['mask[a.b, a.c, a(T).d]', 'mask[a[b,c],a(T)[d]]'],
  ['mask[a(T).b, a ( T ) [ c ]]', 'mask[a(T)[b,c]]'],
  ['[mask[a], mask(T)[b], mask[c]]', '[mask[a,c],mask(T)[b]]'],
  ['[mask[], mask(T)[b]]', 'mask(T)[b]'],
  ['[]', 'mask[]'],
  ['mask[mask, filteredMask]', 'mask[mask,filteredMask]'],
];

describe('parseMask: seed 004 and the documented forms', () => {
  it.each(SEED_EXAMPLES)('%j prints as %j', (text, canonical) => {
    const tree = parseMask(text);
    expect(printMask(tree)).toBe(canonical);
    expect(parseMask(canonical)).toEqual(tree);
  });

  it('the two equivalent masks of the property-set section are the same tree', () => {
    expect(parseMask(SEED_EXAMPLES[5]![0])).toEqual(parseMask(SEED_EXAMPLES[6]![0]));
  });

  it('keeps the same property with different types apart (SoftLayer_Search::search)', () => {
    const tree = parseMask(SEED_EXAMPLES[9]![0]);
    expect(tree.properties.map((p) => `${p.name}(${p.type})`)).toEqual([
      'resource(SoftLayer_Hardware)',
      'resource(SoftLayer_Virtual_Guest)',
    ]);
  });

  it('reads a typed root and a root list into sections', () => {
    expect(parseMask('mask(SoftLayer_Hardware_Server)[controlPanel]')).toEqual({
      root: 'mask',
      type: 'SoftLayer_Hardware_Server',
      properties: [{ name: 'controlPanel', children: [] }],
    });
    expect(parseMask('[mask[id], mask(SoftLayer_Hardware_Server)[controlPanel]]')).toEqual({
      root: 'mask',
      properties: [{ name: 'id', children: [] }],
      otherSections: [
        { type: 'SoftLayer_Hardware_Server', properties: [{ name: 'controlPanel', children: [] }] },
      ],
    });
  });
});

describe('parseMask: conformance masks', () => {
  const wire = loadWireVectors().filter((vector) => typeof vector.call.kwargs?.mask === 'string');
  it.each(wire.map((vector) => [vector.name, vector.call.kwargs?.mask as string] as const))(
    'wire vector %s parses, prints and re-parses',
    (_name, text) => {
      const tree = parseMask(text);
      expect(parseMask(printMask(tree))).toEqual(tree);
      expect(parseMask(formatObjectMask(text))).toEqual(tree);
    },
  );

  const managerMasks = loadManagerCalls().flatMap((call) =>
    call.calls.flatMap((apiCall, index) =>
      typeof apiCall.mask === 'string' ? [[`${call.name} #${index}`, apiCall.mask] as const] : [],
    ),
  );
  it('has the manager masks', () => expect(managerMasks.length).toBe(34));
  it.each(managerMasks)('manager mask of %s parses, prints and re-parses', (_name, text) => {
    const tree = parseMask(text);
    const printed = printMask(tree);
    expect(parseMask(printed)).toEqual(tree);
    expect(printMask(parseMask(printed))).toBe(printed);
    // What the transport sends means the same.
    expect(masksEqual(formatObjectMask(text), tree)).toBe(true);
  });
});

describe('parseMask: errors', () => {
  const BAD: ReadonlyArray<readonly [string, number, RegExp]> = [
    ['', 0, /found nothing/],
    ['   ', 3, /found nothing/],
    ['mask[id,,hostname]', 8, /cannot be empty/],
    ['mask[id,]', 8, /cannot be empty/],
    ['mask[,id]', 5, /cannot be empty/],
    ['mask[id', 7, /expected '\]'/],
    ['mask[id]]', 8, /end of the mask/],
    ['mask[a[b]', 9, /expected '\]'/],
    ['mask.a.', 7, /expected a property name/],
    ['mask.', 5, /expected a property name/],
    ['mask..a', 5, /cannot be empty/],
    ['mask[(SoftLayer_Hardware)]', 5, /type needs a property name/],
    ['mask[a()]', 7, /type name/],
    ['mask[a(T]', 8, /'\)'/],
    ['mask[a(T.U)]', 8, /'\)'/],
    ['mask[a-b]', 6, /Expected ',' or '\]'/],
    ['mask[1a]', 5, /Unexpected character "1"/],
    ['mask[a b]', 7, /Expected ',' or '\]'/],
    ['id hostname', 3, /Expected ','/],
    ['[mask[a], filteredMask[b]]', 10, /cannot mix/],
    ['[mask[a]', 8, /expected '\]'/],
    ['[mask[a]] x', 10, /after the end/],
    ['mask[a]\n[b]', 8, /Expected ','/],
  ];
  it.each(BAD)('%j fails at %i', (text, position, message) => {
    let error: unknown;
    try {
      parseMask(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MaskSyntaxError);
    const syntax = error as MaskSyntaxError;
    expect(syntax.code).toBe('MASK_SYNTAX');
    expect(syntax.position).toBe(position);
    expect(syntax.text).toBe(text);
    expect(syntax.message).toMatch(message);
  });

  it('shows a caret under the position, with the line and column in multi-line masks', () => {
    expect(() => parseMask('mask[id,,a]')).toThrow('at position 8:\n  mask[id,,a]\n          ^');
    expect(() => parseMask('mask[\n  id,\n  x$y]')).toThrow('at line 3, column 4:\n    x$y]\n     ^');
  });

  it('shortens very long lines around the position', () => {
    const text = `mask[${'a,'.repeat(500)}$]`;
    const message = (() => {
      try {
        parseMask(text);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message.length).toBeLessThan(200);
    const [, excerpt = '', caret = ''] = message.split('\n');
    expect(excerpt[caret.indexOf('^')]).toBe('$');
  });

  it('rejects what is not a string with a MaskError', () => {
    expect(() => parseMask(42 as unknown as string)).toThrow(expect.objectContaining({ code: 'MASK_INPUT' }));
  });

  it('rejects absurd nesting with a MaskSyntaxError, not a stack overflow', () => {
    expect(() => parseMask(`mask${'[a'.repeat(100_000)}`)).toThrow(MaskSyntaxError);
    expect(() => parseMask(`mask${'.a'.repeat(100_000)}`)).toThrow(/nested deeper/);
  });

  it('arbitrary text either parses (and round-trips) or throws MaskSyntaxError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), maskLikeText), (text) => {
        let tree: ReturnType<typeof parseMask>;
        try {
          tree = parseMask(text);
        } catch (error) {
          expect(error).toBeInstanceOf(MaskSyntaxError);
          return;
        }
        expect(parseMask(printMask(tree))).toEqual(tree);
      }),
      { numRuns: 300 },
    );
  });
});
