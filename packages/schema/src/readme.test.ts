import { mask, printMask } from '@sl/mask';
import { expect, test } from 'vitest';
import { createCallValidator, loadSchema, methodInfo, validateMask } from './index';

test('README example', async () => {
  const schema = await loadSchema();
  const [issue] = validateMask(schema, 'SoftLayer_Account::getHardware', 'mask[id,controlPanel]');
  expect(issue?.message).toBe(
    'controlPanel is not a property of SoftLayer_Hardware but of its subtype SoftLayer_Hardware_Server: cast to it, as in mask(SoftLayer_Hardware_Server)[controlPanel]',
  );
  expect(methodInfo(schema, 'Account', 'getVirtualGuests')?.limitable).toBe(true);
  const validate = createCallValidator(schema); // for createClient({ validate })
  expect(
    validate({ service: 'SoftLayer_Virtual_Guest', method: 'getObject', limit: 10 }).warnings,
  ).toHaveLength(1);
  expect(printMask(mask({ id: true, datacenter: { name: true } }))).toBe('mask[id,datacenter[name]]');
});
