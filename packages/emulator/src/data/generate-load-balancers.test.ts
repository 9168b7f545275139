import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';
import { addressAt, subnetsOf } from './network';

const now = Date.UTC(2026, 5, 1);

describe('generated load balancers', () => {
  it('are deterministic for a seed, three by default, with listeners, pools, health monitors and members', () => {
    const account = generateAccount({ seed: 9, now });
    expect(generateAccount({ seed: 9, now }).loadBalancers).toEqual(account.loadBalancers);
    expect(generateAccount({ seed: 10, now }).loadBalancers).not.toEqual(account.loadBalancers);
    const loadBalancers = account.loadBalancers ?? [];
    expect(loadBalancers).toHaveLength(3);
    expect(new Set(loadBalancers.map((item) => item.name)).size).toBe(3);
    for (const loadBalancer of loadBalancers) {
      expect(loadBalancer.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(loadBalancer.listeners.length).toBeGreaterThanOrEqual(1);
      expect(loadBalancer.listeners.length).toBeLessThanOrEqual(3);
      const ports = loadBalancer.listeners.map((listener) => listener.protocolPort);
      expect(new Set(ports).size).toBe(ports.length);
      for (const listener of loadBalancer.listeners) {
        expect(listener.tlsCertificateId === null).toBe(listener.protocol !== 'HTTPS');
        expect(listener.pool.healthMonitor.urlPath === null).toBe(listener.pool.protocol === 'TCP');
      }
      expect(loadBalancer.sslCipherIds.length > 0).toBe(
        loadBalancer.listeners.some((listener) => listener.protocol === 'HTTPS'),
      );
      expect(loadBalancer.deletedAt).toBeNull();
    }
  });

  it("have the private addresses of the account's guests in their datacenter as members", () => {
    const account = generateAccount({ seed: 4, guests: 300, loadBalancers: 12, now });
    const addresses = new Map(
      account.guests.map((guest) => [
        addressAt(subnetsOf(guest.datacenterId).private, guest.ipIndex),
        guest.datacenterId,
      ]),
    );
    let members = 0;
    for (const loadBalancer of account.loadBalancers ?? []) {
      expect(loadBalancer.members.length).toBeGreaterThan(0);
      for (const member of loadBalancer.members) {
        expect(addresses.get(member.address)).toBe(loadBalancer.datacenterId);
        members += 1;
      }
      expect(new Set(loadBalancer.members.map((member) => member.address)).size).toBe(
        loadBalancer.members.length,
      );
    }
    expect(members).toBeGreaterThan(12);
    const ids = (account.loadBalancers ?? []).flatMap((loadBalancer) => [
      ...loadBalancer.members.map((member) => member.id),
      ...loadBalancer.listeners.flatMap((listener) => [listener.id, listener.pool.healthMonitor.id]),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leave the rest of the account as it was, and honour loadBalancers: 0', () => {
    const withLoadBalancers = generateAccount({ seed: 2, now });
    const without = generateAccount({ seed: 2, now, loadBalancers: 0 });
    expect(without.loadBalancers).toEqual([]);
    expect(without.guests).toEqual(withLoadBalancers.guests);
    expect(without.storageVolumes).toEqual(withLoadBalancers.storageVolumes);
    expect(without.securityGroups).toEqual(withLoadBalancers.securityGroups);
  });
});
