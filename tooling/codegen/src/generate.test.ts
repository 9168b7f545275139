import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { metadataPath } from '@sl/test-kit';
import { describe, expect, test } from 'vitest';
import { deriveModel } from './derive-model';
import { isCompatibleOverride } from './emit-types';
import { generate } from './generate';
import { checkMetadata, MetadataError, readMetadata } from './metadata';
import type { ApiMethod } from './model';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const metadata = readMetadata(metadataPath());
const model = deriveModel(metadata);
const files = generate(metadata);

describe('generate', () => {
  test('is deterministic: a second run is byte-identical', () => {
    expect(generate(readMetadata(metadataPath()))).toEqual(files);
  });

  test('the committed output is up to date (else run `pnpm --filter @sl/codegen generate`)', () => {
    for (const file of files) {
      expect(readFileSync(join(repoRoot, file.path), 'utf8') === file.content, file.path).toBe(true);
    }
  });

  test('writes one declaration file per name group, the service map, the index and the schema', () => {
    const paths = files.map((file) => file.path);
    expect(paths).toContain('packages/types/src/generated/account.ts');
    expect(paths).toContain('packages/types/src/generated/service-map.ts');
    expect(paths).toContain('packages/types/src/generated/index.ts');
    expect(paths).toContain('packages/schema/src/schema.generated.json');
    expect(paths).toContain('packages/types/src/generated/datatype-map.ts');
    expect(files).toHaveLength(51);
  });
});

describe('the model matches the counts of the metadata survey (section B)', () => {
  const methods = model.services.flatMap((service) => service.methods);
  const properties = model.types.flatMap((type) => type.properties);

  test('datatypes, services, properties', () => {
    expect(model.types).toHaveLength(1256);
    expect(model.services).toHaveLength(371);
    expect(properties).toHaveLength(8814);
    expect(properties.filter((property) => property.kind === 'local')).toHaveLength(5210);
    expect(properties.filter((property) => property.kind === 'relational')).toHaveLength(2702);
    expect(properties.filter((property) => property.kind === 'count')).toHaveLength(902);
  });

  test('2,046 declared, 2,795 after inheritance, +3,061 ORM getters = 5,856 callable methods', () => {
    expect(methods.filter((method) => method.origin === 'declared')).toHaveLength(2046);
    expect(methods.filter((method) => method.origin !== 'orm')).toHaveLength(2795);
    expect(methods.filter((method) => method.origin === 'orm')).toHaveLength(3061);
    expect(methods).toHaveLength(5856);
    const declared = methods.filter((method) => method.origin === 'declared');
    expect(declared.reduce((sum, method) => sum + method.parameters.length, 0)).toBe(1525);
  });

  test('overrides: 148 against every ancestor declaring the method (as section B counts), all compatible', () => {
    const byName = new Map(model.services.map((service) => [service.name, service]));
    const typesByName = new Map(model.types.map((type) => [type.name, type]));
    // Section B says "47 services have a non-Entity base"; 40 have a service as direct base and 42 a service
    // somewhere above them (the other 5 sit below datatype-only bases).
    expect(model.services.filter((service) => service.baseService !== undefined)).toHaveLength(42);
    const signature = ({ returns, array, static: isStatic, parameters }: ApiMethod) =>
      JSON.stringify([returns, array, isStatic, parameters.map(({ doc, ...parameter }) => parameter)]);
    let pairs = 0;
    let narrowed = 0;
    for (const service of model.services) {
      for (const method of service.methods.filter((candidate) => candidate.origin === 'declared')) {
        for (let ancestor = byName.get(service.baseService ?? ''); ancestor; ) {
          const inherited = ancestor.methods.find(
            (candidate) => candidate.name === method.name && candidate.origin === 'declared',
          );
          if (inherited !== undefined) {
            pairs += 1;
            if (signature(method) !== signature(inherited)) narrowed += 1;
            expect(
              isCompatibleOverride(typesByName, method, inherited),
              `${service.name}::${method.name}`,
            ).toBe(true);
          }
          ancestor = byName.get(ancestor.baseService ?? '');
        }
      }
    }
    expect(pairs).toBe(148);
    // 69 narrow a parameter or the result to a subtype (section B's covariant overrides); 2 change only a
    // parameter name or default (Billing_Order_Cart::getRecalculatedOrderContainer, ..._Binding_Phone::disable).
    expect(narrowed).toBe(71);
    // So every service interface simply `extends` its base: no Omit<> needed (and tsc agrees: see @sl/types).
    expect(files.some((file) => file.content.includes('Omit<'))).toBe(false);
  });
});

describe('derivations', () => {
  const account = model.services.find((service) => service.name === 'SoftLayer_Account');
  const method = (service: string, name: string) =>
    model.services.find((candidate) => candidate.name === service)?.methods.find((m) => m.name === name);

  test('SoftLayer_Account::getVirtualGuests is derived from the virtualGuests property', () => {
    expect(account?.methods.find((m) => m.name === 'getVirtualGuests')).toMatchObject({
      returns: 'SoftLayer_Virtual_Guest',
      array: true,
      static: true,
      limitable: true,
      filterable: true,
      maskable: true,
      parameters: [],
      origin: 'orm',
      declaredBy: 'SoftLayer_Account',
    });
    expect(method('SoftLayer_Account', 'getVirtualGuestCount')).toBeUndefined();
    expect(method('SoftLayer_Hardware_Server', 'getDatacenter')).toMatchObject({
      origin: 'orm',
      declaredBy: 'SoftLayer_Hardware',
      static: false,
    });
  });

  test('massSparePool: a parameter is optional only if every later one is too', () => {
    expect(method('SoftLayer_Hardware_Server', 'massSparePool')?.parameters.map((p) => p.optional)).toEqual([
      false,
      false,
      true,
    ]);
    const types = files.find((file) => file.path.endsWith('/hardware.ts'))?.content ?? '';
    expect(types).toContain(
      'massSparePool: { parameters: [hardwareIds: string[], action: string, newOrder?: boolean]; returns: SoftLayer_Container_Hardware_Server_Request[]; static: true };',
    );
  });

  test('reserved words: kept as member names, never as tuple labels', () => {
    const billing = files.find((file) => file.path.endsWith('/billing.ts'))?.content ?? '';
    expect(billing).toContain('  package?: SoftLayer_Product_Package;\n');
    const network = files.find((file) => file.path.endsWith('/network.ts'))?.content ?? '';
    expect(network).toContain('  interface?: SoftLayer_Network_Bandwidth_Version1_Interface;\n');
    expect(
      generate(
        checkMetadata({
          SoftLayer_Entity: { name: 'SoftLayer_Entity', noservice: true },
          SoftLayer_X: {
            name: 'SoftLayer_X',
            base: 'SoftLayer_Entity',
            methods: {
              m: {
                name: 'm',
                type: 'void',
                parameters: [{ name: 'package', type: 'string', defaultValue: null }],
              },
            },
          },
        }),
      ).find((file) => file.path.endsWith('/x.ts'))?.content,
    ).toContain('m: { parameters: [package_?: string]; returns: void };');
  });

  test('enum parameters become string-literal unions', () => {
    const guest = method('SoftLayer_Virtual_Guest', 'getBandwidthImage');
    expect(guest?.parameters[0]?.enumValues).toEqual(['public', 'private']);
  });
});

describe('checkMetadata', () => {
  test.each([
    [[], 'root'],
    [{ A: { name: 'B' } }, 'A'],
    [{ A: { name: 'A', base: 'Missing' } }, 'unknown base'],
    [{ A: { name: 'A', properties: { p: { name: 'p', type: 'int', form: 'weird' } } } }, 'A.p'],
    [{ A: { name: 'A', methods: { m: { name: 'm', type: 'int', parameters: [{}] } } } }, 'A::m'],
  ])('rejects %j with a path (%s)', (value, where) => {
    expect(() => checkMetadata(value)).toThrow(expect.objectContaining({ code: 'METADATA_INVALID' }));
    expect(() => checkMetadata(value)).toThrow(where);
  });

  test('a missing file is METADATA_UNREADABLE', () => {
    expect(() => readMetadata('/nonexistent/sldn_metadata.json')).toThrow(MetadataError);
    expect(() => readMetadata('/nonexistent/sldn_metadata.json')).toThrow(
      expect.objectContaining({ code: 'METADATA_UNREADABLE' }),
    );
  });
});
