import fc from 'fast-check';
import type { MaskProperty, MaskRoot, MaskSection, MaskTree } from '../src/index';

const name: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'name', 'datacenter', 'mask', 'filteredMask', 'resource'),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/),
);

const type: fc.Arbitrary<string | undefined> = fc.option(
  fc.constantFrom('SoftLayer_Hardware', 'SoftLayer_Virtual_Guest', 'T'),
  { nil: undefined },
);

function property(depth: number): fc.Arbitrary<MaskProperty> {
  const children = depth <= 0 ? fc.constant([]) : fc.array(property(depth - 1), { maxLength: 3 });
  return fc
    .tuple(name, type, children)
    .map(([n, t, c]) => (t === undefined ? { name: n, children: c } : { name: n, type: t, children: c }));
}

const section: fc.Arbitrary<MaskSection> = fc
  .tuple(type, fc.array(property(3), { maxLength: 4 }))
  .map(([t, properties]) => (t === undefined ? { properties } : { type: t, properties }));

/** Arbitrary trees, duplicates included: several sections, repeated names, repeated types. */
export function maskTree(root?: MaskRoot): fc.Arbitrary<MaskTree> {
  return fc
    .tuple(
      root === undefined ? fc.constantFrom<MaskRoot>('mask', 'filteredMask') : fc.constant(root),
      fc.array(section, { minLength: 1, maxLength: 3 }),
    )
    .map(([r, [first, ...others]]) => {
      const tree: {
        root: MaskRoot;
        type?: string;
        properties: readonly MaskProperty[];
        otherSections?: MaskSection[];
      } = { root: r, properties: first!.properties };
      if (first!.type !== undefined) tree.type = first!.type;
      if (others.length > 0) tree.otherSections = others;
      return tree;
    });
}

/** Strings made mostly of the mask language's own tokens, to reach deep into the parser. */
export const maskLikeText: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(
    'mask',
    'filteredMask',
    '[',
    ']',
    '.',
    ',',
    '(',
    ')',
    'id',
    'T_1',
    ' ',
    '\n',
    '$',
    '9',
  ),
  maxLength: 30,
});
