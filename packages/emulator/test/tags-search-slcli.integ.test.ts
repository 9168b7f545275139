// slcli's tags and search commands against the emulator: tags across guests, hardware, VLANs and subnets, and
// SoftLayer_Search over the account's objects in its query language.
import { hasReferenceClient } from '@sl/test-kit';
import { describe, expect, it } from 'vitest';
import { faultOf, xmlrpcCall } from './call-api';
import { useSlcliEmulator } from './slcli';

interface TagLine {
  Id: number;
  Tag: string;
  Count: number;
}

describe.skipIf(!hasReferenceClient())('slcli tags and search against the emulator', () => {
  const env = useSlcliEmulator({ seed: 7, guests: 30, rateLimit: 0 });

  it('tags list counts every tagged object; tags set tags a VLAN; a dropped tag becomes unattached', async () => {
    const attached = () => env.cli.json<TagLine[]>('tags', 'list').then((tables) => tables as TagLine[]);
    const before = await attached();
    const guestTagCount = env.emulator.state.guests.all().reduce((sum, guest) => sum + guest.tags.length, 0);
    expect(before.reduce((sum, line) => sum + line.Count, 0)).toBeGreaterThan(guestTagCount);
    // The generated account tags one VLAN (and one subnet): that VLAN.
    const vlanId = env.emulator.state.networkEdits.all().find((edits) => edits.note === 'Edge traffic')!.id;
    await env.cli.json(
      'tags',
      'set',
      '--tags',
      'blue,green',
      '--key-name',
      'NETWORK_VLAN',
      '--resource-id',
      String(vlanId),
    );
    const after = await attached();
    expect(after.find((line) => line.Tag === 'blue')).toMatchObject({ Count: 1 });
    const details = await env.cli.json<unknown>('tags', 'details', 'blue');
    expect(JSON.stringify(details)).toContain('NETWORK_VLAN');
    await env.cli.json(
      'tags',
      'set',
      '--tags',
      'green',
      '--key-name',
      'NETWORK_VLAN',
      '--resource-id',
      String(vlanId),
    );
    const unattached = await xmlrpcCall(env.emulator, 'SoftLayer_Tag', 'getUnattachedTagsForCurrentUser', {
      mask: 'mask[id,name,referenceCount]',
    });
    // The VLAN's earlier tags it alone carried (`edge`) and `blue` now belong to nothing.
    expect(unattached.value).toEqual([
      { id: expect.any(Number), name: 'edge', referenceCount: 0 },
      { id: expect.any(Number), name: 'blue', referenceCount: 0 },
    ]);
    await env.cli.json('tags', 'delete', 'blue');
    await env.cli.json('tags', 'delete', 'edge');
    expect(
      (await xmlrpcCall(env.emulator, 'SoftLayer_Tag', 'getUnattachedTagsForCurrentUser')).value,
    ).toEqual([]);
    const refused = await env.cli.raw('tags', 'delete', 'green');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr + refused.stdout).toMatch(/attached to 1 object/);
  });

  it('search --types lists the searchable types; search finds guests by hostname pattern and datacenter', async () => {
    const types = await env.cli.json<Array<{ Name: string }>>('search', '--types');
    expect(types.map((type) => type.Name)).toEqual([
      'SoftLayer_Hardware',
      'SoftLayer_Network_Vlan',
      'SoftLayer_Ticket',
      'SoftLayer_Virtual_Guest',
    ]);
    const guest = env.emulator.state.guests.all()[0]!;
    const prefix = guest.hostname.replace(/\d+$/, '');
    const expected = env.emulator.state.guests.all().filter((row) => row.hostname.startsWith(prefix));
    const found = await xmlrpcCall(
      env.emulator,
      'SoftLayer_Search',
      'advancedSearch',
      {},
      `_objectType:SoftLayer_Virtual_Guest hostname:${prefix}*`,
    );
    const results = found.value as Array<{
      resourceType: string;
      resource: { id: number };
      matchedTerms: string[];
    }>;
    expect(results.map((result) => result.resource.id)).toEqual(expected.map((row) => row.id));
    expect(results[0]).toMatchObject({
      resourceType: 'SoftLayer_Virtual_Guest',
      matchedTerms: [`hostname:${prefix}*`],
    });
    const text = await env.cli.raw(
      'search',
      `_objectType:SoftLayer_Virtual_Guest hostname:${guest.hostname}`,
    );
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(guest.hostname);
  });

  it('search refuses an unknown object type and an empty query as the API does', async () => {
    for (const query of ['_objectType:SoftLayer_Nope', '   ']) {
      const fault = await faultOf(xmlrpcCall(env.emulator, 'SoftLayer_Search', 'advancedSearch', {}, query));
      expect(fault.faultCode).toBe('SoftLayer_Exception_InvalidValue');
    }
  });
});
