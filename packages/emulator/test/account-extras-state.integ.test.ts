// The account extras (notification events, licenses, email and object storage accounts, user settings, quotes)
// are kept in the state file like every other table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EmulatorState } from '../src/data/state';
import { startEmulator } from '../src/index';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-extras-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function sizes(state: EmulatorState): number[] {
  return [
    state.notificationEvents.size,
    state.licenses.size,
    state.messageDeliveryAccounts.size,
    state.objectStorageAccounts.size,
    state.notificationOptOuts.size,
    state.vpnOverrides.size,
    state.deviceAccess.size,
    state.quotes.size,
  ];
}

describe('the account extras in the state file', () => {
  it('are generated, changed, written and read back', async () => {
    const stateFile = join(directory, 'account.json');
    const first = await startEmulator({ seed: 5, stateFile, rateLimit: 0 });
    const { state } = first;
    expect(state.notificationEvents.size).toBeGreaterThan(0);
    expect(state.licenses.all().some((license) => license.kind === 'account')).toBe(true);
    const event = state.notificationEvents.all()[0]!;
    const user = state.users.all()[1]!;
    state.mutate(() => {
      event.acknowledged = true;
      state.notificationOptOuts.insert({
        id: state.allocateId('notificationOptOut'),
        userId: user.id,
        subscriptionId: 8,
      });
      state.vpnOverrides.insert({ id: state.allocateId('vpnOverride'), userId: user.id, subnetId: 1500001 });
    });
    const before = sizes(state);
    await first.close();
    const second = await startEmulator({ stateFile, rateLimit: 0 });
    expect(sizes(second.state)).toEqual(before);
    expect(second.state.notificationEvents.get(event.id)?.acknowledged).toBe(true);
    expect(second.state.vpnOverrides.all()[0]).toMatchObject({ userId: user.id, subnetId: 1500001 });
    await second.close();
  });
});
