import { encodeMethodCall } from '@sl/xmlrpc-codec';
import { expect, it } from 'vitest';
import { startEmulator } from '../src/index';

it('routes /fc/v1 to the Flying Circus directory API with the project and key it was given', async () => {
  const emulator = await startEmulator({ guests: 1, fcProject: 'circus', fcApiKey: 'k'.repeat(32) });
  try {
    expect(emulator.fcDirectory).toEqual({
      url: `${emulator.url}/fc/v1`,
      project: 'circus',
      apiKey: 'k'.repeat(32),
    });
    const body = encodeMethodCall('ping', []);
    const anonymous = await fetch(emulator.fcDirectory.url, { method: 'POST', body });
    expect(anonymous.status).toBe(401);
    const authorization = `Basic ${Buffer.from(`circus:${'k'.repeat(32)}`).toString('base64')}`;
    const answered = await fetch(emulator.fcDirectory.url, {
      method: 'POST',
      body,
      headers: { authorization },
    });
    expect(answered.status).not.toBe(401);
    expect(await answered.text()).not.toContain('Nothing is served');
  } finally {
    await emulator.close();
  }
});
