import { untag } from '@sl/test-kit';
import type { SoftLayer_Scale_Group } from '@sl/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoScaleManager } from '../src/autoscale-manager';
import { expectRefused, expectSameCalls, managerCase, recordingClient, startTestEmulator } from './support';

const CREATE =
  "autoscale.create({'name': 'test', 'cooldown': 3600, 'maximumMemberCount': 5, 'minimumMemberCount': 1, 'regionalGroupId': 4568, 'suspendedFlag': False, 'balancedTerminationFlag': False, 'virtualGuestMemberTemplate': {'domain': 'test.com', 'hostname': 'testvs', 'operatingSystemReferenceCode': 'CENTOS_7_64', 'maxMemory': 2048, 'datacenter': {'id': 265592}, 'startCpus': 2, 'blockDevices': [{'diskImage': {'capacity': '100'}, 'device': 0}], 'hourlyBillingFlag': True, 'networkComponents': [{'maxSpeed': 100}], 'localDiskFlag': True, 'typeId': 1, 'userData': [{'value': 'the userData'}]}, 'virtualGuestMemberCount': 0, 'terminationPolicyId': '2'})";

describe('AutoScaleManager asks what the reference asks', () => {
  it('every method', async () => {
    const template = untag(managerCase(CREATE).calls[0]!.args![0]) as SoftLayer_Scale_Group;
    for (const [name, run] of [
      ['autoscale.list()', (scale: AutoScaleManager) => scale.list()],
      ['autoscale.details(12345)', (scale: AutoScaleManager) => scale.details(12345)],
      ['autoscale.get_policy(11111)', (scale: AutoScaleManager) => scale.getPolicy(11111)],
      ['autoscale.scale(12345, 3)', (scale: AutoScaleManager) => scale.scale(12345, 3)],
      ['autoscale.scale_to(12345, 5)', (scale: AutoScaleManager) => scale.scaleTo(12345, 5)],
      ['autoscale.get_logs(12345)', (scale: AutoScaleManager) => scale.getLogs(12345)],
      ['autoscale.get_virtual_guests(12345)', (scale: AutoScaleManager) => scale.getVirtualGuests(12345)],
      [
        "autoscale.edit(12345, {'name': 'renamed', 'minimumMemberCount': 2})",
        (scale: AutoScaleManager) => scale.edit(12345, { name: 'renamed', minimumMemberCount: 2 }),
      ],
      [CREATE, (scale: AutoScaleManager) => scale.create(template)],
    ] as const) {
      const { client, calls } = recordingClient();
      await run(new AutoScaleManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const scale = new AutoScaleManager(client);
    await expectRefused(
      [
        ['zero', () => scale.scale(1, 0), /amount/],
        ['negative target', () => scale.scaleTo(1, -1), /amount/],
        ['no policy', () => scale.getPolicy(0), /policy id/],
        ['nothing to edit', () => scale.edit(1, {}), /properties/],
        ['no name', () => scale.create({ name: '' }), /name/],
        ['no template', () => scale.create({ name: 'n' }), /virtualGuestMemberTemplate/],
        ['bad mask', () => scale.list({ mask: '' }), /mask/],
      ],
      calls,
    );
  });
});

describe('AutoScaleManager against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  const template: SoftLayer_Scale_Group = {
    name: 'web-asg',
    cooldown: 600,
    minimumMemberCount: 1,
    maximumMemberCount: 3,
    regionalGroupId: 4568,
    terminationPolicyId: 2,
    virtualGuestMemberTemplate: {
      hostname: 'web',
      domain: 'example.com',
      operatingSystemReferenceCode: 'UBUNTU_LATEST',
      startCpus: 1,
      maxMemory: 1024,
      datacenter: { name: 'dal13' },
      hourlyBillingFlag: true,
      localDiskFlag: false,
    },
    policies: [{ name: 'grow', cooldown: 300, scaleActions: [{ amount: 1 }] }],
  };

  it('creates a group with its minimum, scales up and down within bounds, logs it, deletes it with its members', async () => {
    const scale = new AutoScaleManager(emulator.client);
    const guests = emulator.emulator.state.guests.size;
    const group = await scale.create(template);
    expect(emulator.emulator.state.guests.size).toBe(guests + 1);
    expect(await scale.scale('web-asg', 2)).toBe(true);
    const members = await scale.getVirtualGuests(group.id!, { mask: 'mask[virtualGuest[hostname]]' });
    expect(members.map((member) => member.virtualGuest?.hostname)).toEqual(['web-1', 'web-2', 'web-3']);
    await expect(scale.scale(group.id!, 1)).rejects.toThrow(/from 1 to 3/);
    await scale.scaleTo(group.id!, 1);
    const detail = await scale.details('web-asg');
    expect(detail.virtualGuestMemberCount).toBe(1);
    expect(detail.virtualGuestMembers?.[0]?.virtualGuest?.hostname).toBe('web-1');
    expect(detail.terminationPolicy?.keyName).toBe('NEWEST');
    const policyId = detail.policies?.[0]?.id as number;
    expect((await scale.getPolicy(policyId)).name).toBe('grow');
    expect((await scale.getLogs(group.id!)).map((log) => log.description)).toEqual([
      'Created: 0 -> 1 members',
      'Scaled by 2: 1 -> 3 members',
      'Scaled to: 3 -> 1 members',
    ]);
    expect(await scale.edit(group.id!, { name: 'web-asg2', maximumMemberCount: 4 })).toBe(true);
    await expect(scale.edit(group.id!, { minimumMemberCount: 9 })).rejects.toThrow(/minimum/);
    expect((await scale.list()).find((each) => each.id === group.id)).toMatchObject({
      name: 'web-asg2',
      maximumMemberCount: 4,
      status: { keyName: 'ACTIVE' },
    });
    expect(await scale.delete('web-asg2')).toBe(true);
    expect(emulator.emulator.state.guests.size).toBe(guests);
    expect(emulator.emulator.state.scaleGroups.get(group.id!)).toBeUndefined();
  });

  it('a bad template creates nothing', async () => {
    const scale = new AutoScaleManager(emulator.client);
    const guests = emulator.emulator.state.guests.size;
    const groups = emulator.emulator.state.scaleGroups.size;
    await expect(scale.create({ ...template, name: 'bad', minimumMemberCount: 5 })).rejects.toThrow(
      /minimum/,
    );
    await expect(
      scale.create({
        ...template,
        name: 'bad',
        virtualGuestMemberTemplate: { ...template.virtualGuestMemberTemplate, hostname: 'bad_name!' },
      }),
    ).rejects.toThrow(/hostname/);
    expect(emulator.emulator.state.guests.size).toBe(guests);
    expect(emulator.emulator.state.scaleGroups.size).toBe(groups);
  });
});
