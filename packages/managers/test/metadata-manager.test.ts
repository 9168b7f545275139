import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MetadataManager } from '../src/metadata-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

const MACS = {
  'Resource_Metadata::getFrontendMacAddresses': ['06-00-00-00-00-00'],
  'Resource_Metadata::getBackendMacAddresses': ['07-00-00-00-00-00'],
};

describe('MetadataManager asks what the reference asks (recorded through a client)', () => {
  it.each([
    ["metadata.get('datacenter')", (m: MetadataManager) => m.get('datacenter')],
    [
      "metadata.get('vlans', '06-00-00-00-00-00')",
      (m: MetadataManager) => m.get('vlans', '06-00-00-00-00-00'),
    ],
    ['metadata.public_network()', (m: MetadataManager) => m.publicNetwork()],
    ['metadata.private_network()', (m: MetadataManager) => m.privateNetwork()],
  ])('%s', async (name, run) => {
    const { client, calls } = recordingClient(MACS);
    await run(new MetadataManager({ client }));
    expectSameCalls(name, calls);
  });

  it('refuses unknown attributes and a missing MAC address before sending anything', async () => {
    const { client, calls } = recordingClient();
    const metadata = new MetadataManager({ client });
    await expectRefused(
      [
        ['get(unknown)', () => metadata.get('colour' as 'id'), /unknown metadata attribute colour/],
        ['get(router) without a MAC', () => metadata.get('router'), /needs a MAC address/],
      ],
      calls,
    );
  });
});

describe('MetadataManager against the emulator (its own REST connection, no credentials)', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  let metadata: MetadataManager;
  beforeAll(async () => {
    setup = await startTestEmulator();
    metadata = new MetadataManager({ endpointUrl: setup.emulator.restUrl });
  });
  afterAll(async () => {
    await metadata.close();
    await setup.close();
  });

  it('answers as the account’s first guest: names, datacenter, addresses and networks', async () => {
    const guest = setup.emulator.state.guests.all().reduce((a, b) => (a.id < b.id ? a : b));
    expect(await metadata.get('id')).toBe(guest.id);
    expect(await metadata.get('fqdn')).toBe(`${guest.hostname}.${guest.domain}`);
    expect(await metadata.get('datacenter_id')).toBe(guest.datacenterId);
    expect(await metadata.get('datacenter')).toEqual(expect.stringMatching(/^[a-z]{3}\d{2}$/));
    expect(await metadata.get('primary_backend_ip')).toMatch(/^10\./);
    const publicNetwork = await metadata.publicNetwork();
    expect(publicNetwork.macAddresses).toHaveLength(1);
    expect(publicNetwork.router).toEqual(expect.any(String));
    expect(publicNetwork.vlans).toEqual([expect.any(Number)]);
    expect(publicNetwork.vlanIds).toEqual([expect.any(Number)]);
    const privateNetwork = await metadata.privateNetwork({ router: false });
    expect(privateNetwork.router).toBeUndefined();
    expect(privateNetwork.vlanIds?.[0]).not.toBe(publicNetwork.vlanIds?.[0]);
    await expect(metadata.get('vlans', '00:00:00:00:00:00')).rejects.toThrow(/No network component/);
  });
});
