import { describe, expect, it } from 'vitest';
import { DATACENTERS } from './catalog';
import { generateAccount } from './generate-account';
import { REGIONAL_GROUPS, regionalLocations } from './generate-scale-groups';

const now = Date.UTC(2026, 5, 1);

describe('generated autoscale groups', () => {
  it('are an active group with two Dallas members and two policies, and a suspended empty one', () => {
    const account = generateAccount({ seed: 3, now });
    expect(generateAccount({ seed: 3, now }).scaleGroups).toEqual(account.scaleGroups);
    const [app, batch] = account.scaleGroups ?? [];
    expect(app).toMatchObject({ id: 12_345, name: 'app-asg', suspended: false, regionalGroupId: 4568 });
    expect(batch).toMatchObject({ id: 12_346, name: 'batch-asg', suspended: true, minimumMemberCount: 0 });
    const members = account.guests.filter((guest) => guest.scaleGroupId !== undefined);
    expect(members).toHaveLength(2);
    const dallas = new Set(regionalLocations(4568).map((location) => location.id));
    for (const member of members) {
      expect(member.scaleGroupId).toBe(app?.id);
      expect(dallas.has(member.datacenterId)).toBe(true);
    }
    expect((account.scalePolicies ?? []).map((policy) => [policy.groupId, policy.name])).toEqual([
      [app?.id, 'grow'],
      [app?.id, 'shrink'],
    ]);
    const keys = new Set(account.sshKeys.map((key) => key.id));
    for (const group of account.scaleGroups ?? []) {
      for (const key of group.template.sshKeys as Array<{ id: number }>) expect(keys.has(key.id)).toBe(true);
    }
  });

  it('regional groups name known datacenters; an unknown group has none', () => {
    for (const region of REGIONAL_GROUPS) {
      expect(regionalLocations(region.id).map((location) => location.name)).toEqual(region.datacenters);
      for (const name of region.datacenters) expect(DATACENTERS.some((dc) => dc.name === name)).toBe(true);
    }
    expect(regionalLocations(1)).toEqual([]);
  });
});
