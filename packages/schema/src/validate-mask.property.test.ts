import type { MaskProperty } from '@sl/mask';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadSchema } from './load-schema';
import { subtypesDeclaring } from './property-issue';
import type { SchemaIssue, SchemaIssueCode } from './schema-issue';
import { validateMask } from './validate-mask';

const schema = await loadSchema();

const CODES: readonly SchemaIssueCode[] = [
  'MASK_SYNTAX',
  'UNKNOWN_TYPE',
  'UNKNOWN_SERVICE',
  'UNKNOWN_METHOD',
  'UNKNOWN_PROPERTY',
  'NEEDS_TYPE_CAST',
  'UNRELATED_CAST',
  'NOT_RELATIONAL',
  'BAD_FILTER',
];

/** Every issue is a plain, well-formed record: a known code, a path, a sentence, a list of names. */
function expectWellFormed(issues: unknown): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues as SchemaIssue[]) {
    expect(CODES).toContain(issue.code);
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(Array.isArray(issue.suggestions)).toBe(true);
    for (const suggestion of issue.suggestions) expect(typeof suggestion).toBe('string');
  }
}

/** Text that looks like masks often enough to reach deep into the parser, and sometimes plain noise. */
const maskLikeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(...'mask[](),. \n\tfilteredMask_idx0SoftLayer_Hardware_Server'.split('')),
    maxLength: 60,
  }),
  fc
    .array(
      fc.constantFrom(
        'mask',
        'filteredMask',
        '[',
        ']',
        '(',
        ')',
        ',',
        '.',
        ' ',
        'id',
        'hostname',
        'datacenter',
        'name',
        'hardware',
        'controlPanel',
        'SoftLayer_Hardware_Server',
        'SoftLayer_Virtual_Guest',
        '__proto__',
        'constructor',
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join('')),
);

const targets = fc.oneof(
  fc.constantFrom(
    'SoftLayer_Account',
    'SoftLayer_Hardware',
    'SoftLayer_Account::getHardware',
    'SoftLayer_Search::search',
    'SoftLayer_Virtual_Guest::getObject',
    'Account::getVirtualGuests',
    'SoftLayer_Account::getCurrentUser',
  ),
  fc.string({ maxLength: 30 }),
  fc.record({ service: fc.string({ maxLength: 20 }), method: fc.string({ maxLength: 20 }) }),
);

/** One step of a property chain: a name, maybe a cast, and the type the next step selects from. */
interface Step {
  readonly name: string;
  readonly cast?: string;
  /** The type that declares or inherits `name` (where a wrong name would be reported). */
  readonly owner: string;
}

interface GeneratedMask {
  readonly target: string;
  readonly chains: readonly (readonly Step[])[];
}

function pick<T>(g: fc.GeneratorValue, items: readonly T[]): T {
  return items[g(fc.nat, { max: items.length - 1 })] as T;
}

/** Datatypes with at least one property (inherited ones included): a chain can start at each of them. */
const selectableTypes = schema.typeNames.filter((name) => schema.propertyNames(name).length > 0);

/** Service methods whose result is a datatype with properties, as `Service::method` targets. */
const methodTargets = schema.serviceNames.flatMap((service) =>
  schema.methodNames(service).flatMap((name) => {
    const returns = schema.method(service, name)?.returns ?? '';
    return schema.hasType(returns) && schema.propertyNames(returns).length > 0
      ? [{ target: `${service}::${name}`, root: returns }]
      : [];
  }),
);

/** A chain `a(Cast).b.c` (1–5 steps) walked through the schema's own lookups, inherited properties included. */
function generateChain(g: fc.GeneratorValue, root: string): Step[] {
  const steps: Step[] = [];
  let owner = root;
  for (;;) {
    const name = pick(g, schema.propertyNames(owner));
    const info = schema.property(owner, name);
    if (info === undefined) throw new Error(`propertyNames(${owner}) lists ${name}, property() does not`);
    let valueType = info.type;
    let cast: string | undefined;
    const subtypes = schema.hasType(valueType) ? schema.subtypesOf(valueType) : [];
    if (subtypes.length > 0 && g(fc.nat, { max: 3 }) === 0) {
      cast = pick(g, subtypes);
      valueType = cast;
    }
    steps.push(cast === undefined ? { name, owner } : { name, cast, owner });
    const deeper = schema.hasType(valueType) && schema.propertyNames(valueType).length > 0;
    if (!deeper || steps.length === 5 || !g(fc.boolean)) return steps;
    owner = valueType;
  }
}

/** A random datatype, or a random service method whose result is a datatype, with 1–4 chains below it. */
const generatedMasks: fc.Arbitrary<GeneratedMask> = fc.gen().map((g) => {
  const { target, root } = g(fc.boolean)
    ? ((name: string) => ({ target: name, root: name }))(pick(g, selectableTypes))
    : pick(g, methodTargets);
  const chains = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, () => generateChain(g, root));
  return { target, chains };
});

function printStep(step: Step): string {
  return step.cast === undefined ? step.name : `${step.name}(${step.cast})`;
}

function printMask(chains: readonly (readonly Step[])[]): string {
  return `mask[${chains.map((chain) => chain.map(printStep).join('.')).join(',')}]`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'.split('');

/** A name `owner` neither has nor leaves to a subtype: a one-letter typo of `original`, or any identifier. */
function missingName(owner: string, original: string): fc.Arbitrary<{ name: string; typo: boolean }> {
  const typo = fc
    .tuple(fc.constantFrom('insert', 'delete', 'substitute'), fc.nat(), fc.constantFrom(...ALPHABET))
    .map(([edit, at, letter]) => {
      const position = at % (original.length + (edit === 'insert' ? 1 : 0));
      const rest = original.slice(position + (edit === 'insert' ? 0 : 1));
      return { name: `${original.slice(0, position)}${edit === 'delete' ? '' : letter}${rest}`, typo: true };
    });
  const any = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/).map((name) => ({ name, typo: false }));
  return fc
    .oneof(typo, any)
    .filter(
      ({ name }) =>
        IDENTIFIER.test(name) &&
        schema.property(owner, name) === undefined &&
        subtypesDeclaring(schema, owner, name).length === 0,
    );
}

describe('validateMask (properties)', () => {
  test('any text, any target: a list of well-formed issues, never a throw', () => {
    fc.assert(
      fc.property(targets, maskLikeText, (target, text) => {
        expectWellFormed(validateMask(schema, target, text));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(maskLikeText, (text) => {
        const issues = validateMask(schema, 'SoftLayer_Account::getHardware', text);
        expectWellFormed(issues);
        // A mask either parses (then every issue names a property or a cast) or is one syntax issue.
        if (issues.some((issue) => issue.code === 'MASK_SYNTAX')) expect(issues).toHaveLength(1);
      }),
      { numRuns: 200 },
    );
  });

  test('masks walked from the schema itself (inherited properties and casts included) have no issues', () => {
    fc.assert(
      fc.property(generatedMasks, ({ target, chains }) => {
        expect(validateMask(schema, target, printMask(chains))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('one name replaced by a missing one: exactly one UNKNOWN_PROPERTY at that path, with real suggestions', () => {
    const broken = generatedMasks.chain(({ target, chains }) =>
      fc.nat({ max: chains.length - 1 }).chain((chainIndex) => {
        const chain = chains[chainIndex] as readonly Step[];
        return fc.nat({ max: chain.length - 1 }).chain((stepIndex) => {
          const step = chain[stepIndex] as Step;
          return missingName(step.owner, step.name).map((missing) => ({
            target,
            chains,
            chainIndex,
            stepIndex,
            missing,
          }));
        });
      }),
    );
    fc.assert(
      fc.property(broken, ({ target, chains, chainIndex, stepIndex, missing }) => {
        const chain = chains[chainIndex] as readonly Step[];
        const step = chain[stepIndex] as Step;
        const replaced = chain.map((each, index) =>
          index === stepIndex ? { ...each, name: missing.name } : each,
        );
        const edited = chains.map((each, index) => (index === chainIndex ? replaced : each));
        const issues = validateMask(schema, target, printMask(edited));
        const path = replaced
          .slice(0, stepIndex + 1)
          .map((each) => each.name)
          .join('.');
        expect(issues).toHaveLength(1);
        const [issue] = issues;
        expect(issue).toMatchObject({ code: 'UNKNOWN_PROPERTY', path });
        expect(issue?.message).toContain(`${step.owner} has no property ${missing.name}`);
        const known = schema.propertyNames(step.owner);
        expect(issue?.suggestions.length).toBeLessThanOrEqual(3);
        for (const suggestion of issue?.suggestions ?? []) expect(known).toContain(suggestion);
        // One edit away from a real name: "did you mean" always finds something that near.
        if (missing.typo) expect(issue?.suggestions.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  test('a mask tree of any depth (or a cyclic one) built by hand comes back as issues, not a stack overflow', () => {
    // SoftLayer_Account.hardware is a SoftLayer_Hardware, whose account is a SoftLayer_Account again.
    const nested = (pairs: number): MaskProperty => {
      let property: MaskProperty = { name: 'id', children: [] };
      for (let level = 0; level < pairs; level += 1) {
        property = { name: 'hardware', children: [{ name: 'account', children: [property] }] };
      }
      return property;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), (pairs) => {
        const issues = validateMask(schema, 'SoftLayer_Account', {
          root: 'mask',
          properties: [nested(pairs)],
        });
        expectWellFormed(issues);
        expect(issues.length).toBeLessThanOrEqual(1);
        // As deep as a text mask may be (128 levels) is fine; deeper is one issue.
        expect(issues).toEqual(
          2 * pairs + 1 <= 128 ? [] : [expect.objectContaining({ code: 'MASK_SYNTAX' })],
        );
      }),
      { numRuns: 30 },
    );
    const cyclic: { name: string; children: MaskProperty[] } = { name: 'hardware', children: [] };
    cyclic.children.push({ name: 'account', children: [cyclic] });
    expect(validateMask(schema, 'SoftLayer_Account', { root: 'mask', properties: [cyclic] })).toMatchObject([
      { code: 'MASK_SYNTAX' },
    ]);
    // The deepest text mask the parser accepts validates the same as its tree.
    const deepest = `mask[${'hardware[account['.repeat(63)}id${']]'.repeat(63)}]`;
    expect(validateMask(schema, 'SoftLayer_Account', deepest)).toEqual([]);
  });
});
