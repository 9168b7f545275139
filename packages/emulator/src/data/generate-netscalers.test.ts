import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';
import { addressAt, subnetOfAddress, subnetsOf } from './network';

const now = Date.UTC(2026, 5, 1);

describe('generated NetScalers', () => {
  it('are the same two whatever the seed, on their datacenter subnets, apart from the guests and servers', () => {
    const account = generateAccount({ seed: 9, now });
    const netscalers = account.netscalers ?? [];
    expect(netscalers.map((record) => record.id)).toEqual([81001, 81002]);
    expect(account.nextIds.netscaler).toBe(81003);
    const other = generateAccount({ seed: 10, now }).netscalers ?? [];
    expect(other.map(({ name: _name, ...rest }) => rest)).toEqual(
      netscalers.map(({ name: _name, ...rest }) => rest),
    );
    expect(netscalers.map((record) => record.name)).toEqual([
      `SLADC${account.accountId}-01`,
      `SLADC${account.accountId}-02`,
    ]);
    const taken = new Set<string>();
    for (const guest of account.guests) {
      const subnets = subnetsOf(guest.datacenterId);
      taken.add(addressAt(subnets.public, guest.ipIndex)).add(addressAt(subnets.private, guest.ipIndex));
    }
    for (const server of account.hardware) {
      const subnets = subnetsOf(server.datacenterId);
      taken.add(addressAt(subnets.public, server.ipIndex)).add(addressAt(subnets.private, server.ipIndex));
    }
    for (const record of netscalers) {
      expect(subnetOfAddress(record.primaryIpAddress)).toBe(subnetsOf(record.datacenterId).public);
      expect(subnetOfAddress(record.managementIpAddress)).toBe(subnetsOf(record.datacenterId).private);
      expect(taken.has(record.primaryIpAddress)).toBe(false);
      expect(taken.has(record.managementIpAddress)).toBe(false);
    }
  });
});
