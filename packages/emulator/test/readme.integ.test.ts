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

it('keeps the API key out of inspect output', async () => {
  const { inspect } = await import('node:util');
  const emulator = await startEmulator({ guests: 1 });
  try {
    expect(inspect(emulator)).not.toContain(emulator.credentials.apiKey);
    expect(inspect(emulator.credentials)).toContain('[redacted]');
  } finally {
    await emulator.close();
  }
});
