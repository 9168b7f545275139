import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountManager } from '../src/account-manager';
import { LicensesManager } from '../src/licenses-manager';
import { ManagerError } from '../src/manager-error';
import {
  type Answer,
  expectRefused,
  expectSameCalls,
  recordingClient,
  startTestEmulator,
  withNumericLocation,
} from './support';

const KEY = 'ABCDE-6CJ8L-J8R9H-000R0-CDR70';

/** What the reference's fixtures answered. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Software_AccountLicense::getAllObjects': [{ id: 1, key: KEY, billingItem: { id: 123654789 } }],
  'Product_Package::getAllObjects': [{ id: 200 }],
  'Location::getDatacenters': [{ id: 1854895, name: 'dal13', regions: [{ keyname: 'DALLAS13' }] }],
  'Product_Package::getItems': [
    {
      id: 1,
      keyName: 'OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT',
      capacity: '0',
      itemCategory: { categoryCode: 'os' },
      prices: [{ id: 37650, categories: [{ categoryCode: 'os' }] }],
    },
  ],
};

describe('LicensesManager: the manager-calls-more.json cases', () => {
  it('license.get_all_objects()', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await new LicensesManager(client).getAllObjects();
    expectSameCalls('license.get_all_objects()', calls);
  });

  it("license.cancel_item('ABCDE-6CJ8L-J8R9H-000R0-CDR70')", async () => {
    const { client, calls } = recordingClient(ANSWERS);
    expect(await new LicensesManager(client).cancelItem(KEY)).toBe(true);
    expectSameCalls("license.cancel_item('ABCDE-6CJ8L-J8R9H-000R0-CDR70')", calls);
  });

  it("license.create('dal13', ['OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'])", async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await new LicensesManager(client).create('dal13', ['OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT']);
    expectSameCalls(
      "license.create('dal13', ['OS_UBUNTU_14_04_LTS_TRUSTY_TAHR_64_BIT'])",
      withNumericLocation(calls),
    );
  });

  it('licenses.get_create_options()', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    await new LicensesManager(client).getCreateOptions();
    expectSameCalls('licenses.get_create_options()', calls);
  });

  it('cancelItem of an unknown key is SL_NOT_FOUND, with nothing cancelled', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const error = await new LicensesManager(client)
      .cancelItem('NOPE', true)
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ManagerError);
    expect((error as ManagerError).code).toBe('SL_NOT_FOUND');
    expect((error as ManagerError).message).toBe('Unable to find license key: NOPE');
    expect(calls.map((call) => call.method)).toEqual(['getAllObjects']);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient(ANSWERS);
    const licenses = new LicensesManager(client);
    await expectRefused(
      [
        ['key', () => licenses.cancelItem(''), /license key/],
        ['immediate', () => licenses.cancelItem(KEY, 'yes' as unknown as boolean), /immediate/],
        ['datacenter', () => licenses.create(' ', ['X']), /datacenter/],
        ['no items', () => licenses.create('dal13', []), /at least one/],
        ['item', () => licenses.create('dal13', ['']), /item key name/],
      ],
      calls,
    );
  });
});

describe('AccountManager.getNasNetworkStorage', () => {
  it("asks for the account's NAS storages with the mask of the reference's nas list", async () => {
    const { client, calls } = recordingClient();
    await new AccountManager(client).getNasNetworkStorage();
    await new AccountManager(client).getNasNetworkStorage({ mask: 'id' });
    expect(calls.map((call) => [call.service, call.method, call.mask])).toEqual([
      ['SoftLayer_Account', 'getNasNetworkStorage', 'eventCount,serviceResource[datacenter.name]'],
      ['SoftLayer_Account', 'getNasNetworkStorage', 'id'],
    ]);
  });
});

describe('LicensesManager against the emulator', () => {
  let env: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    env = await startTestEmulator();
  });
  afterAll(async () => {
    await env.close();
  });

  it('lists the VMware options, orders one, sees it, and cancels it at once', async () => {
    const licenses = new LicensesManager(env.client);
    const options = await licenses.getCreateOptions();
    const item = options.find(
      (option) => option.keyName === 'VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2',
    );
    expect(item?.prices?.[0]?.recurringFee).toBe('195.00');
    const before = await licenses.getAllObjects();
    const receipt = await licenses.create('dal13', ['VMWARE_VSAN_ENTERPRISE_TIER_III_65_124_TB_6_X_2']);
    expect(receipt.orderId).toBeGreaterThan(0);
    const after = await licenses.getAllObjects();
    expect(after).toHaveLength(before.length + 1);
    const ordered = after.find((license) => !before.some((old) => old.key === license.key))!;
    expect(ordered.softwareDescription?.manufacturer).toBe('VMware');
    expect(ordered.billingItem?.id).toBeGreaterThan(0);
    expect(await licenses.cancelItem(ordered.key!, true)).toBe(true);
    expect(await licenses.getAllObjects()).toHaveLength(before.length);
  });

  it('an unknown item is SL_NOT_FOUND before ordering', async () => {
    const error = await new LicensesManager(env.client)
      .create('dal13', ['NOPE'])
      .catch((thrown: unknown) => thrown);
    expect((error as ManagerError).code).toBe('SL_NOT_FOUND');
  });
});
