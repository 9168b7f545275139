import { describe, expect, it } from 'vitest';
import { generateAccount } from './generate-account';
import { guestComponentOwner } from './network';

const now = Date.UTC(2026, 5, 1);

describe('generated security groups', () => {
  it('are deterministic for a seed, three by default, with ingress and egress rules', () => {
    const account = generateAccount({ seed: 9, now });
    const again = generateAccount({ seed: 9, now });
    expect(again.securityGroups).toEqual(account.securityGroups);
    expect(again.securityGroupRules).toEqual(account.securityGroupRules);
    expect(again.securityGroupBindings).toEqual(account.securityGroupBindings);
    expect(generateAccount({ seed: 10, now }).securityGroupBindings).not.toEqual(
      account.securityGroupBindings,
    );
    expect(account.securityGroups?.map((group) => group.name)).toEqual([
      'web-servers',
      'ssh-bastion',
      'databases',
    ]);
    const rules = account.securityGroupRules ?? [];
    expect(new Set(rules.map((rule) => rule.direction))).toEqual(new Set(['ingress', 'egress']));
    expect(new Set(rules.map((rule) => rule.ethertype))).toEqual(new Set(['IPv4', 'IPv6']));
    for (const rule of rules) {
      expect(rule.remoteIp === null || rule.remoteGroupId === null).toBe(true);
      if (rule.protocol === 'tcp') {
        expect(rule.portRangeMin).toBeGreaterThan(0);
        expect(rule.portRangeMax).toBeGreaterThanOrEqual(rule.portRangeMin as number);
      }
    }
  });

  it('bind network components of real guests, and allow real groups as remote groups', () => {
    const account = generateAccount({ seed: 4, guests: 200, securityGroups: 14, now });
    const guests = new Map(account.guests.map((guest) => [guest.id, guest]));
    const groups = new Set(account.securityGroups?.map((group) => group.id));
    expect(groups.size).toBe(14);
    const bindings = account.securityGroupBindings ?? [];
    expect(bindings.length).toBeGreaterThan(0);
    for (const binding of bindings) {
      const { guestId, port } = guestComponentOwner(binding.networkComponentId);
      const guest = guests.get(guestId);
      expect(guest).toBeDefined();
      if (port === 1) expect(guest?.privateNetworkOnly).toBe(false);
      expect(groups.has(binding.securityGroupId)).toBe(true);
    }
    const remote = (account.securityGroupRules ?? []).filter((rule) => rule.remoteGroupId !== null);
    expect(remote.length).toBeGreaterThan(0);
    for (const rule of remote) expect(groups.has(rule.remoteGroupId as number)).toBe(true);
  });

  it('leave the rest of the account as it was, and honour securityGroups: 0', () => {
    const withGroups = generateAccount({ seed: 2, now });
    const without = generateAccount({ seed: 2, now, securityGroups: 0 });
    expect(without.securityGroups).toEqual([]);
    expect(without.securityGroupRules).toEqual([]);
    expect(without.securityGroupBindings).toEqual([]);
    expect(without.guests).toEqual(withGroups.guests);
    expect(without.loadBalancers).toEqual(withGroups.loadBalancers);
  });
});
