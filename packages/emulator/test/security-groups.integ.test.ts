// Security groups over XML-RPC and REST: lists with masks and filters, the reference's detail mask, rules added,
// edited and removed, guest network components attached and detached, groups created, edited and deleted, and what
// a state file keeps of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { XmlRpcValue } from '@sl/xmlrpc-codec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guestComponentId } from '../src/data/network';
import type { GuestRecord, SecurityGroupRecord } from '../src/data/records';
import { type Emulator, startEmulator } from '../src/index';
import { type CallOptions, faultOf, restCall, xmlrpcCall } from './call-api';

const GROUP = 'SoftLayer_Network_SecurityGroup';
/** The reference's `get_securitygroup` mask (`slcli securitygroup detail`). */
const DETAIL_MASK =
  'id,name,description,rules[id, remoteIp, remoteGroupId, direction, ethertype, portRangeMin, portRangeMax, protocol, createDate, modifyDate],networkComponentBindings[networkComponent[id,port,guest[id,hostname,primaryBackendIpAddress,primaryIpAddress]]]';

const directory = mkdtempSync(join(tmpdir(), 'sl-emulator-security-groups-'));
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ seed: 21, guests: 200, securityGroups: 6, rateLimit: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(directory, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

async function value<T>(service: string, method: string, options: CallOptions = {}, ...args: XmlRpcValue[]) {
  return (await xmlrpcCall(emulator, service, method, options, ...args)).value as T;
}

function groups(): readonly SecurityGroupRecord[] {
  return emulator.state.securityGroups.all();
}

function rulesOf(groupId: number) {
  return emulator.state.securityGroupRules.filter((rule) => rule.securityGroupId === groupId);
}

function bindingsOf(groupId: number) {
  return emulator.state.securityGroupBindings.filter((binding) => binding.securityGroupId === groupId);
}

/** A guest with a public interface that is in none of the groups. */
function unboundGuest(): GuestRecord {
  const bound = new Set(
    emulator.state.securityGroupBindings.all().map((binding) => binding.networkComponentId),
  );
  return emulator.state.guests
    .all()
    .find(
      (guest) =>
        !guest.privateNetworkOnly &&
        !bound.has(guestComponentId(guest.id, 0)) &&
        !bound.has(guestComponentId(guest.id, 1)),
    )!;
}

describe('listing and reading security groups', () => {
  it('getAllObjects and Account::getSecurityGroups answer every group, with masks, filters and limits', async () => {
    const { value: all, total } = await xmlrpcCall(emulator, GROUP, 'getAllObjects', { limit: 100 });
    expect(total).toBe(6);
    expect(all).toEqual(
      groups().map((group) => ({
        id: group.id,
        name: group.name,
        ...(group.description === null ? {} : { description: group.description }),
        createDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-06:00$/),
        modifyDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      })),
    );
    const counted = await value<Json[]>(GROUP, 'getAllObjects', {
      mask: 'mask[id,ruleCount,networkComponentBindingCount]',
    });
    expect(counted).toEqual(
      groups().map((group) => ({
        id: group.id,
        ruleCount: rulesOf(group.id).length,
        networkComponentBindingCount: bindingsOf(group.id).length,
      })),
    );
    const byName = await value<Json[]>(GROUP, 'getAllObjects', {
      mask: 'id,name',
      filter: { name: { operation: 'databases' } },
    });
    expect(byName).toEqual([{ id: groups()[2]!.id, name: 'databases' }]);
    const withSsh = await value<Json[]>(GROUP, 'getAllObjects', {
      mask: 'id',
      filter: { rules: { portRangeMin: { operation: 22 } } },
    });
    expect(withSsh.map((group) => group.id)).toEqual([groups()[1]!.id]);
    const page = await xmlrpcCall(emulator, GROUP, 'getAllObjects', { mask: 'id', limit: 2, offset: 2 });
    expect(page.total).toBe(6);
    expect((page.value as Json[]).map((group) => group.id)).toEqual(
      groups()
        .slice(2, 4)
        .map((group) => group.id),
    );
    const account = await value<Json[]>('SoftLayer_Account', 'getSecurityGroups', { mask: 'id' });
    expect(account.map((group) => group.id)).toEqual(groups().map((group) => group.id));
  });

  it("getObject answers the reference's detail mask: rules and the guests bound to the group", async () => {
    const group = groups().find((candidate) => bindingsOf(candidate.id).length > 0)!;
    const detail = await value<Json>(GROUP, 'getObject', { id: group.id, mask: DETAIL_MASK });
    expect(detail).toMatchObject({ id: group.id, name: group.name });
    expect((detail.rules as Json[]).map((rule) => rule.id)).toEqual(rulesOf(group.id).map((rule) => rule.id));
    for (const rule of detail.rules as Json[]) {
      expect(rule.direction).toMatch(/^(ingress|egress)$/);
      expect(rule.ethertype).toMatch(/^IPv[46]$/);
    }
    const bindings = detail.networkComponentBindings as Array<{ networkComponent: Json & { guest: Json } }>;
    expect(bindings.map((binding) => binding.networkComponent.id)).toEqual(
      bindingsOf(group.id).map((binding) => binding.networkComponentId),
    );
    for (const { networkComponent } of bindings) {
      const guest = emulator.state.guests.get(networkComponent.guest.id as number)!;
      expect(networkComponent.id).toBe(guestComponentId(guest.id, networkComponent.port as 0 | 1));
      expect(networkComponent.guest).toMatchObject({
        hostname: guest.hostname,
        primaryBackendIpAddress: expect.stringMatching(/^10\./),
      });
    }
    const rules = await value<Json[]>(GROUP, 'getRules', { id: group.id, mask: 'id,securityGroupId' });
    expect(rules).toEqual(rulesOf(group.id).map((rule) => ({ id: rule.id, securityGroupId: group.id })));
    const remote = emulator.state.securityGroupRules.all().find((rule) => rule.remoteGroupId !== null)!;
    const withRemote = await value<Json[]>(GROUP, 'getRules', {
      id: remote.securityGroupId,
      mask: 'id,remoteGroupId,remoteGroup[id,name]',
      filter: { rules: { remoteGroupId: { operation: remote.remoteGroupId as number } } },
    });
    expect(withRemote).toEqual([
      {
        id: remote.id,
        remoteGroupId: remote.remoteGroupId,
        remoteGroup: {
          id: remote.remoteGroupId,
          name: emulator.state.securityGroups.get(remote.remoteGroupId!)?.name,
        },
      },
    ]);
  });

  it("a guest's network components show their security group bindings (the reference's vs detail mask)", async () => {
    const binding = emulator.state.securityGroupBindings.all()[0]!;
    const guestId = Math.floor(binding.networkComponentId / 2);
    const guest = await value<{ networkComponents: Array<Json & { securityGroupBindings: Json[] }> }>(
      'SoftLayer_Virtual_Guest',
      'getObject',
      {
        id: guestId,
        mask: 'networkComponents[id,port,primaryIpAddress,primarySubnet[addressSpace],networkVlan[networkSpace],securityGroupBindings[securityGroup[id,name]]]',
      },
    );
    const component = guest.networkComponents.find((item) => item.id === binding.networkComponentId)!;
    expect(component.securityGroupBindings).toContainEqual(
      expect.objectContaining({
        securityGroup: {
          id: binding.securityGroupId,
          name: emulator.state.securityGroups.get(binding.securityGroupId)?.name,
        },
      }),
    );
    expect(component.primarySubnet).toMatchObject({
      addressSpace: component.port === 0 ? 'PRIVATE' : 'PUBLIC',
    });
    const byComponent = await value<Json[]>(
      'SoftLayer_Virtual_Guest_Network_Component',
      'getSecurityGroupBindings',
      {
        id: binding.networkComponentId,
        mask: 'id,securityGroupId',
      },
    );
    expect(byComponent).toContainEqual({ id: binding.id, securityGroupId: binding.securityGroupId });
  });

  it("answers the API's not-found fault for unknown ids, over XML-RPC and REST", async () => {
    expect(await faultOf(value(GROUP, 'getObject', { id: 1 }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
      faultString: "Unable to find object with id of '1'.",
    });
    for (const method of ['getRules', 'deleteObject', 'editObject', 'addRules']) {
      expect(await faultOf(value(GROUP, method, { id: 7 }, { name: 'x' }))).toMatchObject({
        faultCode: 'SoftLayer_Exception_ObjectNotFound',
      });
    }
    const missing = await restCall(emulator, 'GET', `${GROUP}/5/getRules`);
    expect(missing).toMatchObject({
      status: 404,
      body: { code: 'SoftLayer_Exception_ObjectNotFound', error: "Unable to find object with id of '5'." },
    });
  });
});

describe('changing security groups over XML-RPC', () => {
  it('addRules adds rules and answers the request with them; editRules and removeRules change and remove', async () => {
    const group = groups()[0]!;
    const before = rulesOf(group.id).length;
    const added = await value<{ requestId: string; rules: Json[] }>(GROUP, 'addRules', { id: group.id }, [
      {
        direction: 'ingress',
        protocol: 'tcp',
        portRangeMin: 8443,
        portRangeMax: 8443,
        remoteIp: '192.0.2.0/24',
      },
      { direction: 'egress', remoteIp: '2001:db8::/32' },
      { direction: 'ingress', protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 },
    ]);
    expect(added.requestId).toMatch(/^addRules-/);
    expect(added.rules).toEqual([
      expect.objectContaining({
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        portRangeMin: 8443,
        portRangeMax: 8443,
        remoteIp: '192.0.2.0/24',
        securityGroupId: group.id,
      }),
      expect.objectContaining({ direction: 'egress', ethertype: 'IPv6', remoteIp: '2001:db8::/32' }),
      expect.objectContaining({ protocol: 'icmp', portRangeMin: 8, portRangeMax: 0 }),
    ]);
    expect(rulesOf(group.id)).toHaveLength(before + 3);
    const [tcp, egress, icmp] = added.rules as [Json, Json, Json];

    const edited = await value<{ requestId: string; rules: Json[] }>(GROUP, 'editRules', { id: group.id }, [
      { id: tcp.id as number, portRangeMin: 8000, portRangeMax: 8999, remoteIp: '' },
    ]);
    expect(edited.requestId).toMatch(/^editRules-/);
    const listed = await value<Json[]>(GROUP, 'getRules', {
      id: group.id,
      filter: { rules: { id: { operation: tcp.id as number } } },
    });
    expect(listed).toEqual([
      expect.objectContaining({ id: tcp.id, portRangeMin: 8000, portRangeMax: 8999, protocol: 'tcp' }),
    ]);
    expect(listed[0]).not.toHaveProperty('remoteIp');

    for (const [method, templates] of [
      ['addRules', [{ protocol: 'tcp' }]],
      ['addRules', [{ direction: 'sideways' }]],
      ['addRules', [{ direction: 'ingress', protocol: 'tcp', portRangeMin: 90, portRangeMax: 80 }]],
      ['addRules', [{ direction: 'ingress', portRangeMin: 80, portRangeMax: 80 }]],
      ['addRules', [{ direction: 'ingress', remoteIp: '10.0.0.0/8', remoteGroupId: group.id }]],
      ['addRules', [{ direction: 'ingress', ethertype: 'IPv6', remoteIp: '10.0.0.1' }]],
      ['addRules', [{ direction: 'ingress', remoteIp: 'not-an-ip' }]],
      ['addRules', [{ direction: 'ingress', remoteGroupId: 1 }]],
      ['editRules', [{ id: 1, direction: 'egress' }]],
      ['editRules', [{ id: egress.id, protocol: 'bogus' }]],
    ] as const) {
      const fault = await faultOf(
        value(GROUP, method, { id: group.id }, templates as unknown as XmlRpcValue),
      );
      expect(fault.faultCode).toMatch(/^SoftLayer_Exception_(InvalidValue|MissingParameter|ObjectNotFound)$/);
    }
    expect(rulesOf(group.id)).toHaveLength(before + 3);

    const removed = await value<{ requestId: string }>(GROUP, 'removeRules', { id: group.id }, [
      egress.id as number,
      icmp.id as number,
    ]);
    expect(removed.requestId).toMatch(/^removeRules-/);
    const ids = rulesOf(group.id).map((rule) => rule.id);
    expect(ids).not.toContain(egress.id);
    expect(ids).not.toContain(icmp.id);
    expect(ids).toContain(tcp.id);
    expect(await faultOf(value(GROUP, 'removeRules', { id: group.id }, [egress.id as number]))).toMatchObject(
      {
        faultCode: 'SoftLayer_Exception_ObjectNotFound',
      },
    );
    // Another group's rule is not this group's.
    const other = rulesOf(groups()[1]!.id)[0]!;
    expect(await faultOf(value(GROUP, 'removeRules', { id: group.id }, [other.id]))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
  });

  it('attachNetworkComponents and detachNetworkComponents bind and unbind guest interfaces', async () => {
    const group = groups()[3]!;
    const guest = unboundGuest();
    const components = [guestComponentId(guest.id, 0), guestComponentId(guest.id, 1)];
    const attached = await value<Json>(GROUP, 'attachNetworkComponents', { id: group.id }, components);
    expect(attached).toEqual({ requestId: expect.stringMatching(/^attachNetworkComponents-/) });
    const detail = await value<Json>(GROUP, 'getObject', {
      id: group.id,
      mask: 'networkComponentBindings[networkComponentId,networkComponent[port,guest[id]]]',
    });
    expect(detail.networkComponentBindings).toEqual(
      expect.arrayContaining(
        components.map((id, port) => ({
          networkComponentId: id,
          networkComponent: { port, guest: { id: guest.id } },
        })),
      ),
    );
    expect(
      await faultOf(value(GROUP, 'attachNetworkComponents', { id: group.id }, [components[0]!])),
    ).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await faultOf(value(GROUP, 'attachNetworkComponents', { id: group.id }, [12345]))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    expect(await faultOf(value(GROUP, 'deleteObject', { id: group.id }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
    const detached = await value<Json>(GROUP, 'detachNetworkComponents', { id: group.id }, [components[1]!]);
    expect(detached).toEqual({ requestId: expect.stringMatching(/^detachNetworkComponents-/) });
    expect(bindingsOf(group.id).map((binding) => binding.networkComponentId)).toContain(components[0]);
    expect(bindingsOf(group.id).map((binding) => binding.networkComponentId)).not.toContain(components[1]);
    expect(
      await faultOf(value(GROUP, 'detachNetworkComponents', { id: group.id }, [components[1]!])),
    ).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    await value(GROUP, 'detachNetworkComponents', { id: group.id }, [components[0]!]);
  });

  it("binds a new guest's interfaces to the groups its template names (the reference's vs create)", async () => {
    const [web, ssh] = groups() as [SecurityGroupRecord, SecurityGroupRecord];
    const template = {
      hostname: 'guarded',
      domain: 'example.com',
      startCpus: 1,
      maxMemory: 1024,
      hourlyBillingFlag: true,
      datacenter: { name: 'dal13' },
      operatingSystemReferenceCode: 'UBUNTU_LATEST',
      primaryNetworkComponent: { securityGroupBindings: [{ securityGroup: { id: web.id } }] },
      primaryBackendNetworkComponent: { securityGroupBindings: [{ securityGroup: { id: ssh.id } }] },
    };
    const created = await value<{ id: number }>('SoftLayer_Virtual_Guest', 'createObject', {}, template);
    const detail = await value<{ networkComponents: Array<{ port: number; securityGroupBindings: Json[] }> }>(
      'SoftLayer_Virtual_Guest',
      'getObject',
      { id: created.id, mask: 'networkComponents[port,securityGroupBindings[securityGroupId]]' },
    );
    expect(detail.networkComponents).toEqual([
      { port: 0, securityGroupBindings: [expect.objectContaining({ securityGroupId: ssh.id })] },
      { port: 1, securityGroupBindings: [expect.objectContaining({ securityGroupId: web.id })] },
    ]);
    const unknown = {
      ...template,
      hostname: 'unguarded',
      primaryNetworkComponent: { securityGroupBindings: [{ securityGroup: { id: 1 } }] },
    };
    expect(await faultOf(value('SoftLayer_Virtual_Guest', 'createObject', {}, unknown))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
    expect(emulator.state.guests.all().map((guest) => guest.hostname)).not.toContain('unguarded');
    // The bindings go with the guest.
    expect(await value('SoftLayer_Virtual_Guest', 'deleteObject', { id: created.id })).toBe(true);
    const components = [guestComponentId(created.id, 0), guestComponentId(created.id, 1)];
    expect(
      emulator.state.securityGroupBindings.filter((binding) =>
        components.includes(binding.networkComponentId),
      ),
    ).toEqual([]);
  });

  it('createObject(s), editObject(s) and deleteObject(s) create, change and delete groups', async () => {
    const created = await value<Json>(
      GROUP,
      'createObject',
      {},
      { name: 'judges', description: 'made by a test' },
    );
    expect(created).toMatchObject({
      id: expect.any(Number),
      name: 'judges',
      description: 'made by a test',
      createDate: expect.stringMatching(/^\d{4}-/),
    });
    const id = created.id as number;
    expect(await value(GROUP, 'editObject', { id }, { name: 'judges-2', description: '' })).toBe(true);
    expect(await value<Json>(GROUP, 'getObject', { id })).toMatchObject({ id, name: 'judges-2' });
    expect(await value<Json>(GROUP, 'getObject', { id })).not.toHaveProperty('description');
    const many = await value<Json[]>(GROUP, 'createObjects', {}, [{ name: 'a' }, { description: 'no name' }]);
    expect(many.map((group) => group.name ?? null)).toEqual(['a', null]);
    const ids = many.map((group) => group.id as number);
    expect(
      await value(
        GROUP,
        'editObjects',
        {},
        ids.map((groupId) => ({ id: groupId, description: 'batch' })),
      ),
    ).toBe(true);
    expect(ids.map((groupId) => emulator.state.securityGroups.get(groupId)?.description)).toEqual([
      'batch',
      'batch',
    ]);
    // A group another group's rule allows as remote group cannot go (unless both go).
    await value(GROUP, 'addRules', { id: ids[0]! }, [{ direction: 'ingress', remoteGroupId: ids[1]! }]);
    expect(await faultOf(value(GROUP, 'deleteObject', { id: ids[1]! }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_Public',
    });
    expect(
      await value(
        GROUP,
        'deleteObjects',
        {},
        ids.map((groupId) => ({ id: groupId })),
      ),
    ).toBe(true);
    expect(await value(GROUP, 'deleteObject', { id })).toBe(true);
    for (const groupId of [id, ...ids]) {
      expect(await faultOf(value(GROUP, 'getObject', { id: groupId }))).toMatchObject({
        faultCode: 'SoftLayer_Exception_ObjectNotFound',
      });
      expect(rulesOf(groupId)).toEqual([]);
    }
    expect(await faultOf(value(GROUP, 'createObject', {}, { name: 42 }))).toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
    expect(await faultOf(value(GROUP, 'editObjects', {}, [{ id: 1, name: 'x' }]))).toMatchObject({
      faultCode: 'SoftLayer_Exception_ObjectNotFound',
    });
  });

  it('records security group changes in the event log with their request ids', async () => {
    const group = groups()[4]!;
    const added = await value<{ requestId: string }>(GROUP, 'addRules', { id: group.id }, [
      { direction: 'egress' },
    ]);
    const events = await value<Json[]>('SoftLayer_Event_Log', 'getAllObjects', {
      filter: { objectName: { operation: 'Security Group' } },
    });
    expect(events[0]).toMatchObject({
      objectName: 'Security Group',
      objectId: group.id,
      eventName: 'addRules',
    });
    expect(JSON.parse(events[0]!.metaData as string)).toMatchObject({ requestId: added.requestId });
  });
});

describe('over REST', () => {
  it('creates, edits, lists, changes rules and bindings and deletes with the REST forms', async () => {
    const created = await restCall(emulator, 'POST', GROUP, [{ name: 'rest-group' }]);
    expect(created).toMatchObject({ status: 200, body: { name: 'rest-group' } });
    const id = (created.body as Json).id as number;
    expect(
      (await restCall(emulator, 'PUT', `${GROUP}/${id}`, [{ description: 'edited over REST' }])).body,
    ).toBe(true);
    const list = await restCall(
      emulator,
      'GET',
      `${GROUP}/getAllObjects`,
      undefined,
      `?objectMask=id,description&objectFilter=${encodeURIComponent(JSON.stringify({ id: { operation: id } }))}`,
    );
    expect(list).toMatchObject({ total: 1, body: [{ id, description: 'edited over REST' }] });
    const rules = await restCall(emulator, 'POST', `${GROUP}/${id}/addRules`, [
      [{ direction: 'ingress', protocol: 'udp', portRangeMin: 53 }],
    ]);
    const rule = (rules.body as { rules: Json[] }).rules[0]!;
    expect(rule).toMatchObject({ protocol: 'udp', portRangeMin: 53, portRangeMax: 53 });
    expect(
      (await restCall(emulator, 'POST', `${GROUP}/${id}/editRules`, [[{ id: rule.id, portRangeMax: 54 }]]))
        .status,
    ).toBe(200);
    expect((await restCall(emulator, 'GET', `${GROUP}/${id}/getRules`)).body).toEqual([
      expect.objectContaining({ id: rule.id, portRangeMin: 53, portRangeMax: 54 }),
    ]);
    const guest = unboundGuest();
    const component = guestComponentId(guest.id, 1);
    expect(
      (await restCall(emulator, 'POST', `${GROUP}/${id}/attachNetworkComponents`, [[component]])).body,
    ).toMatchObject({
      requestId: expect.any(String),
    });
    expect(
      (
        await restCall(
          emulator,
          'GET',
          `${GROUP}/${id}/getNetworkComponentBindings`,
          undefined,
          '?objectMask=networkComponentId',
        )
      ).body,
    ).toEqual([{ networkComponentId: component }]);
    expect((await restCall(emulator, 'DELETE', `${GROUP}/${id}`)).status).toBe(500);
    await restCall(emulator, 'POST', `${GROUP}/${id}/detachNetworkComponents`, [[component]]);
    await restCall(emulator, 'POST', `${GROUP}/${id}/removeRules`, [[rule.id]]);
    expect((await restCall(emulator, 'GET', `${GROUP}/${id}/getRules`)).body).toEqual([]);
    expect((await restCall(emulator, 'DELETE', `${GROUP}/${id}`)).body).toBe(true);
    expect((await restCall(emulator, 'GET', `${GROUP}/${id}`)).status).toBe(404);
  });
});

describe('--state FILE', () => {
  it('keeps groups, rules and bindings across a restart', async () => {
    const file = join(directory, 'security-groups.json');
    const first = await startEmulator({ stateFile: file, guests: 30, securityGroups: 2, rateLimit: 0 });
    const created = (await xmlrpcCall(first, GROUP, 'createObject', {}, { name: 'kept' })).value as {
      id: number;
    };
    const rule = (
      (
        await xmlrpcCall(first, GROUP, 'addRules', { id: created.id }, [
          { direction: 'ingress', protocol: 'tcp', portRangeMin: 443 },
        ])
      ).value as { rules: Array<{ id: number }> }
    ).rules[0]!;
    const guest = first.state.guests.all().find((candidate) => !candidate.privateNetworkOnly)!;
    await xmlrpcCall(first, GROUP, 'attachNetworkComponents', { id: created.id }, [
      guestComponentId(guest.id, 1),
    ]);
    const generated = first.state.securityGroups.all()[0]!;
    const removed = first.state.securityGroupRules.filter(
      (candidate) => candidate.securityGroupId === generated.id,
    )[0]!;
    await xmlrpcCall(first, GROUP, 'removeRules', { id: generated.id }, [removed.id]);
    await first.close();

    const second = await startEmulator({ stateFile: file, securityGroups: 0 });
    try {
      const { value: detail } = await xmlrpcCall(second, GROUP, 'getObject', {
        id: created.id,
        mask: 'id,name,rules[id,portRangeMin],networkComponentBindings[networkComponentId]',
      });
      expect(detail).toEqual({
        id: created.id,
        name: 'kept',
        rules: [{ id: rule.id, portRangeMin: 443 }],
        networkComponentBindings: [{ networkComponentId: guestComponentId(guest.id, 1) }],
      });
      expect(second.state.securityGroupRules.get(removed.id)).toBeUndefined();
      const next = (await xmlrpcCall(second, GROUP, 'createObject', {}, { name: 'next' })).value as {
        id: number;
      };
      expect(next.id).toBeGreaterThan(created.id);
    } finally {
      await second.close();
    }
  });
});
