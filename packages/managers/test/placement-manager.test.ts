import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagerError } from '../src/manager-error';
import { PlacementManager } from '../src/placement-manager';
import { VsManager } from '../src/vs-manager';
import { expectRefused, expectSameCalls, recordingClient, startTestEmulator } from './support';

describe('PlacementManager asks what the reference asks', () => {
  it('every method', async () => {
    for (const [name, run] of [
      ['placement.list()', (placement: PlacementManager) => placement.list()],
      [
        "placement.list(mask='mask[id,name]')",
        (placement: PlacementManager) => placement.list({ mask: 'mask[id,name]' }),
      ],
      [
        "placement.create({'backendRouterId': 117917, 'name': 'test-name', 'ruleId': 1})",
        (placement: PlacementManager) =>
          placement.create({ backendRouterId: 117917, name: 'test-name', ruleId: 1 }),
      ],
      ['placement.get_routers()', (placement: PlacementManager) => placement.getRouters()],
      ['placement.get_object(12345)', (placement: PlacementManager) => placement.getObject(12345)],
      ['placement.delete(12345)', (placement: PlacementManager) => placement.delete(12345)],
      ['placement.get_all_rules()', (placement: PlacementManager) => placement.getAllRules()],
      [
        "placement.get_backend_router_id_from_hostname('BCR01A.AMS01')",
        (placement: PlacementManager) => placement.getBackendRouterIdFromHostname('BCR01A.AMS01'),
      ],
      ["placement.resolve_ids('test01')", (placement: PlacementManager) => placement.resolveIds('test01')],
    ] as const) {
      const { client, calls } = recordingClient({
        'Network_Pod::getAllObjects': [{ backendRouterId: 117917, backendRouterName: 'bcr01a.ams01' }],
      });
      await run(new PlacementManager(client));
      expectSameCalls(name, calls);
    }
  });

  it('finds router and rule ids by name, any case', async () => {
    const { client } = recordingClient({
      'Network_Pod::getAllObjects': [
        { backendRouterId: 1, backendRouterName: 'bcr01a.ams01' },
        { backendRouterId: 2, backendRouterName: 'bcr01a.dal13' },
      ],
      'Virtual_PlacementGroup_Rule::getAllObjects': [{ id: 1, keyName: 'SPREAD' }],
    });
    const placement = new PlacementManager(client);
    expect(await placement.getBackendRouterIdFromHostname('BCR01A.DAL13')).toEqual([2]);
    expect(await placement.getRuleIdFromName('spread')).toEqual([1]);
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const placement = new PlacementManager(client);
    await expectRefused(
      [
        ['no name', () => placement.create({ name: '', backendRouterId: 1, ruleId: 1 }), /name/],
        [
          'no router',
          () => placement.create({ name: 'g', backendRouterId: 0, ruleId: 1 }),
          /backendRouterId/,
        ],
        ['no rule', () => placement.create({ name: 'g', backendRouterId: 1, ruleId: 1.5 }), /ruleId/],
        ['bad mask', () => placement.list({ mask: '' }), /mask/],
        ['no hostname', () => placement.getBackendRouterIdFromHostname(' '), /hostname/],
        ['no rule name', () => placement.getRuleIdFromName(''), /rule name/],
        ['no group', () => placement.getObject(''), /identifier/],
      ],
      calls,
    );
  });
});

describe('PlacementManager against the emulator', () => {
  let emulator: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('creates a group, orders guests into it, refuses to delete it until they are gone', async () => {
    const placement = new PlacementManager(emulator.client);
    const vs = new VsManager(emulator.client);
    const [routerId] = await placement.getBackendRouterIdFromHostname('bcr01a.dal13');
    expect((await placement.getRouters()).map((router) => router.id)).toContain(routerId);
    const [ruleId] = await placement.getRuleIdFromName('SPREAD');
    const group = await placement.create({ name: 'spread-e2e', backendRouterId: routerId!, ruleId: ruleId! });
    expect(group).toMatchObject({ name: 'spread-e2e', backendRouterId: routerId });
    await expect(
      placement.create({ name: 'spread-e2e', backendRouterId: routerId!, ruleId: ruleId! }),
    ).rejects.toThrow(/already exists/);

    const receipt = await vs.orderGuest({
      hostname: 'spread1',
      domain: 'example.com',
      cpus: 1,
      memory: 1024,
      osCode: 'UBUNTU_LATEST',
      datacenter: 'dal13',
      placementId: group.id!,
    });
    const guestId = receipt.orderDetails?.virtualGuests?.[0]?.id;
    const detail = await placement.getObject('spread-e2e');
    expect(detail.guests?.map((guest) => guest.id)).toEqual([guestId]);
    expect(detail.rule?.keyName).toBe('SPREAD');
    expect((await placement.list()).find((listed) => listed.id === group.id)?.guestCount).toBe(1);

    // A guest of another datacenter cannot join it.
    await expect(
      vs.orderGuest({
        hostname: 'spread2',
        domain: 'example.com',
        cpus: 1,
        memory: 1024,
        osCode: 'UBUNTU_LATEST',
        datacenter: 'wdc07',
        placementId: group.id!,
      }),
    ).rejects.toThrow(/not in the datacenter/);

    await expect(placement.delete(group.id!)).rejects.toThrow(/still has guests/);
    await vs.cancelInstance(guestId!);
    expect(await placement.delete('spread-e2e')).toBe(true);
    await expect(placement.getObject('spread-e2e')).rejects.toBeInstanceOf(ManagerError);
  });

  it('refuses an unknown router or rule and creates nothing', async () => {
    const placement = new PlacementManager(emulator.client);
    const before = emulator.emulator.state.placementGroups.size;
    await expect(placement.create({ name: 'x', backendRouterId: 42, ruleId: 1 })).rejects.toThrow(
      /backendRouterId/,
    );
    await expect(
      placement.create({
        name: 'x',
        backendRouterId: 3_000_002,
        ruleId: 9,
      }),
    ).rejects.toThrow(/ruleId/);
    expect(emulator.emulator.state.placementGroups.size).toBe(before);
  });
});
