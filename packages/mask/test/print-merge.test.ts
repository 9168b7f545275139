import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MaskTree } from '../src/index';
import { MaskError, masksEqual, mergeMasks, normalizeMask, parseMask, printMask } from '../src/index';
import { maskTree } from './arbitraries';

describe('printMask', () => {
  it('parseMask(printMask(t)) equals the normalized t, for arbitrary trees', () => {
    fc.assert(
      fc.property(maskTree(), (tree) => {
        expect(parseMask(printMask(tree))).toEqual(normalizeMask(tree));
      }),
      { numRuns: 300 },
    );
  });

  it('is canonical: equal trees print the same text, and printing is a fixed point', () => {
    fc.assert(
      fc.property(maskTree(), (tree) => {
        const printed = printMask(tree);
        expect(printMask(parseMask(printed))).toBe(printed);
        expect(printMask(normalizeMask(tree))).toBe(printed);
      }),
      { numRuns: 200 },
    );
  });

  it('folds equal dotted chains into sets, in order of first appearance', () => {
    expect(printMask(parseMask('mask[b.x, a, b.y, a, b.x.z]'))).toBe('mask[b[x[z],y],a]');
    expect(printMask(parseMask('mask.a.b, mask.a.c, mask(T).d'))).toBe('[mask[a[b,c]],mask(T)[d]]');
  });

  it('rejects hand-built trees with names the grammar cannot express', () => {
    const bad: MaskTree = {
      root: 'mask',
      properties: [{ name: 'ok', children: [{ name: 'not ok', children: [] }] }],
    };
    expect(() => printMask(bad)).toThrow(expect.objectContaining({ code: 'MASK_INVALID_NAME' }));
    expect(() => printMask(bad)).toThrow(/"not ok" at mask\.ok\.not ok/);
    const badType: MaskTree = { root: 'mask', type: 'A-B', properties: [] };
    expect(() => printMask(badType)).toThrow(MaskError);
    expect(() => printMask({} as MaskTree)).toThrow(expect.objectContaining({ code: 'MASK_INPUT' }));
  });
});

describe('mergeMasks', () => {
  const pair = maskTree().chain((left) => maskTree(left.root).map((right) => [left, right] as const));

  it('is commutative (up to order)', () => {
    fc.assert(
      fc.property(pair, ([left, right]) => {
        expect(masksEqual(mergeMasks(left, right), mergeMasks(right, left))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is idempotent and absorbs what it already holds', () => {
    fc.assert(
      fc.property(pair, ([left, right]) => {
        expect(mergeMasks(left, left)).toEqual(normalizeMask(left));
        const both = mergeMasks(left, right);
        expect(mergeMasks(both, left)).toEqual(both);
        expect(mergeMasks(both, right)).toEqual(both);
      }),
      { numRuns: 200 },
    );
  });

  it('is associative (up to order)', () => {
    const triple = maskTree().chain((a) => fc.tuple(fc.constant(a), maskTree(a.root), maskTree(a.root)));
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        expect(masksEqual(mergeMasks(mergeMasks(a, b), c), mergeMasks(a, mergeMasks(b, c)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    [['mask[id,hostname]', 'mask[id,datacenter.name]'], 'mask[id,hostname,datacenter[name]]'],
    [['id', 'datacenter[name]', 'datacenter.longName'], 'mask[id,datacenter[name,longName]]'],
    [
      ['mask[resource(A)[id]]', 'mask[resource(B)[id]]', 'mask[resource(A)[name]]'],
      'mask[resource(A)[id,name],resource(B)[id]]',
    ],
    [
      ['mask[id]', 'mask(SoftLayer_Hardware_Server)[controlPanel]'],
      '[mask[id],mask(SoftLayer_Hardware_Server)[controlPanel]]',
    ],
    [['mask', 'mask[id]'], 'mask[id]'],
    [['filteredMask[a]', 'filteredMask[b]'], 'filteredMask[a,b]'],
    [[], 'mask[]'],
  ])('merges %j into %s', (masks, expected) => {
    expect(printMask(mergeMasks(...masks))).toBe(expected);
  });

  it('refuses to merge a mask with a filteredMask', () => {
    expect(() => mergeMasks('mask[a]', 'filteredMask[b]')).toThrow(
      expect.objectContaining({ code: 'MASK_ROOT_CONFLICT' }),
    );
  });
});

describe('masksEqual', () => {
  it.each([
    ['id, datacenter.name', 'mask[datacenter[name],id]', true],
    ['[mask[a], mask(T)[b]]', '[mask(T)[b], mask.a]', true],
    ['mask[a(T)]', 'mask[a]', false],
    ['mask[a]', 'filteredMask[a]', false],
    ['mask[a[b]]', 'mask[a,b]', false],
  ])('%j vs %j: %s', (left, right, equal) => {
    expect(masksEqual(left, right)).toBe(equal);
  });
});
