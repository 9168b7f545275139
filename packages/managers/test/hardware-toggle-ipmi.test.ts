import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HardwareManager } from '../src/hardware-manager';
import { expectRefused, recordingClient, startTestEmulator } from './support';

// Not a reference manager method (slcli's `hw toggle-ipmi` calls the API itself): the call it makes, checked
// against the emulator, and bad input refused before any call.
describe('HardwareManager.toggleManagementInterface', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  let hw: HardwareManager;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    hw = new HardwareManager(emulator.client);
  });
  afterAll(() => emulator.close());

  it('sends toggleManagementInterface(enabled) on the server; the emulator records it', async () => {
    const { client, calls } = recordingClient();
    await new HardwareManager(client).toggleManagementInterface(1200001, false).catch(() => undefined);
    expect(calls.map((call) => [call.service, call.method, call.id, call.args])).toEqual([
      ['SoftLayer_Hardware_Server', 'toggleManagementInterface', 1200001, [false]],
    ]);
    const disabled = () =>
      emulator.client.call('Hardware_Server', 'getObject', { id: 1200001, mask: 'isIpmiDisabled' });
    expect(await hw.toggleManagementInterface(1200001, false)).toBe(true);
    expect((await disabled()).isIpmiDisabled).toBe(true);
    expect(await hw.toggleManagementInterface(1200001, true)).toBe(true);
    expect((await disabled()).isIpmiDisabled).toBe(false);
  });

  it('refuses a value that is not a boolean before sending anything', async () => {
    const { client, calls } = recordingClient();
    const manager = new HardwareManager(client);
    await expectRefused(
      [
        [
          'enabled as text',
          () => manager.toggleManagementInterface(1, 'yes' as unknown as boolean),
          /true or false/,
        ],
      ],
      calls,
    );
  });
});
