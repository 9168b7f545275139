import { expect, it } from 'vitest';
import { startEmulator } from '../src/index';

it('README example', async () => {
  const emulator = await startEmulator({ guests: 500, seed: 7 });
  const { username, apiKey } = emulator.credentials;
  const response = await fetch(
    `${emulator.restUrl}SoftLayer_Account/getVirtualGuests.json?resultLimit=0,10`,
    {
      headers: { authorization: `Basic ${btoa(`${username}:${apiKey}`)}` },
    },
  );
  expect(response.headers.get('SoftLayer-Total-Items')).toBe('500');
  expect(await response.json()).toHaveLength(10);
  await emulator.close();
});
