import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VsManager } from '../src/vs-manager';
import { recordingClient, startTestEmulator } from './support';

// The reference's `order_guest({... 'ipv6': True})`: the `1_IPV6_ADDRESS` price of PUBLIC_CLOUD_SERVER is added to
// the generated order (no recorded case: checked against its code and end to end).

const SPEC = {
  hostname: 'vs-ipv6',
  domain: 'example.com',
  cpus: 1,
  memory: 1024,
  osCode: 'UBUNTU_LATEST',
  datacenter: 'dal13',
};

describe('VsManager.orderGuest with ipv6', () => {
  let close: () => Promise<void>;
  let vs: VsManager;
  beforeAll(async () => {
    const started = await startTestEmulator();
    close = started.close;
    vs = new VsManager(started.client);
  });
  afterAll(async () => {
    await close?.();
  });

  it('adds the IPv6 address price to the verified and the placed order', async () => {
    const plain = await vs.orderGuest(SPEC, { test: true });
    const withIpv6 = await vs.orderGuest({ ...SPEC, ipv6: true }, { test: true });
    const added = (withIpv6.prices ?? []).filter(
      (price) => !(plain.prices ?? []).some((other) => other.id === price.id),
    );
    expect(added.map((price) => price.item?.description)).toEqual(['1 IPv6 Address']);
    const receipt = await vs.orderGuest({ ...SPEC, ipv6: true });
    expect(receipt.orderDetails?.prices?.map((price) => price.id)).toContain(added[0]?.id);
    await vs.cancelInstance(receipt.orderDetails?.virtualGuests?.[0]?.id as number);
  });

  it('refuses a non-boolean ipv6 before any call', async () => {
    const { client, calls } = recordingClient();
    await expect(
      new VsManager(client).orderGuest({ ...SPEC, ipv6: 'yes' as unknown as boolean }, { test: true }),
    ).rejects.toMatchObject({ code: 'SL_INVALID_ARGUMENT' });
    expect(calls).toEqual([]);
  });
});
