import { describe, expect, test } from 'vitest';
import { createCallValidator } from './create-call-validator';
import { loadSchema } from './load-schema';

const validate = createCallValidator(await loadSchema());

describe('createCallValidator', () => {
  test('a good call: nothing to say', () => {
    expect(
      validate({
        service: 'SoftLayer_Account',
        method: 'getVirtualGuests',
        mask: 'mask[id,hostname,datacenter[name]]',
        filter: { virtualGuests: { hostname: { operation: 'web1' } } },
        limit: 10,
      }),
    ).toEqual({ errors: [], warnings: [] });
  });

  test('mask and filter problems are errors', () => {
    const result = validate({
      service: 'Account',
      method: 'getHardware',
      mask: 'mask[controlPanel]',
      filter: { hardware: { hostnam: { operation: 'x' } } },
    });
    expect(result.errors).toEqual([
      'mask: controlPanel is not a property of SoftLayer_Hardware but of its subtype SoftLayer_Hardware_Server: cast to it, as in mask(SoftLayer_Hardware_Server)[controlPanel]',
      'filter: SoftLayer_Hardware has no property hostnam (at hardware.hostnam); did you mean hostname?',
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('a limit on a method not marked limitable is a warning', () => {
    expect(validate({ service: 'SoftLayer_Virtual_Guest', method: 'getObject', limit: 5 })).toEqual({
      errors: [],
      warnings: [
        'limit: the method is not marked limitable in the metadata, the API may ignore the result limit',
      ],
    });
  });

  test('methods newer than the metadata stay callable: a warning, no error', () => {
    expect(validate({ service: 'SoftLayer_Account', method: 'getBrandNewThing', mask: 'id' })).toEqual({
      errors: [],
      warnings: ['not in the API metadata (it may be newer): not checked'],
    });
  });

  test('a mask on a method returning a primitive is a warning', () => {
    expect(
      validate({ service: 'SoftLayer_Virtual_Guest', method: 'isPingable', mask: 'id' }).warnings,
    ).toEqual(['the method returns boolean: a mask has nothing to select']);
  });
});
