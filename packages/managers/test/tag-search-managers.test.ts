import type { TransportRequest } from '@sl/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSearchResultOf, SearchManager } from '../src/search-manager';
import { TagManager } from '../src/tag-manager';
import {
  type Answer,
  expectReferenceCalls,
  expectRefused,
  expectSameCalls,
  recordingClient,
  startTestEmulator,
} from './support';

/** What the reference's fixtures answered. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  'Tag::getObject': { id: 1286571, name: 'bs_test_instance' },
  'Tag::getAllTagTypes': [{ keyName: 'GUEST', description: 'CCI' }],
  'Virtual_Guest::getObject': { id: 100 },
};

async function recordTags(run: (tags: TagManager) => Promise<unknown>): Promise<TransportRequest[]> {
  const { client, calls } = recordingClient(ANSWERS);
  await run(new TagManager(client));
  return calls;
}

describe('TagManager and SearchManager: the manager-calls-more.json cases', () => {
  const cases: Array<[string, (tags: TagManager) => Promise<unknown>]> = [
    ['tags.list_tags()', (tags) => tags.listTags()],
    ['tags.get_unattached_tags()', (tags) => tags.getUnattachedTags()],
    [
      "tags.get_attached_tags(mask='mask[id,name,referenceCount]')",
      (tags) => tags.getAttachedTags({ mask: 'mask[id,name,referenceCount]' }),
    ],
    ['tags.get_tag_references(1286571)', (tags) => tags.getTagReferences(1286571)],
    ['tags.get_tag(1286571)', (tags) => tags.getTag(1286571)],
    ["tags.get_tag_by_name('bs_test_instance')", (tags) => tags.getTagByName('bs_test_instance')],
    ["tags.reference_lookup(100, 'GUEST')", (tags) => tags.referenceLookup(100, 'GUEST')],
    ["tags.delete_tag('bs_test_instance')", (tags) => tags.deleteTag('bs_test_instance')],
    ["tags.set_tags('tag1,tag2', 'GUEST', 100)", (tags) => tags.setTags('tag1,tag2', 'GUEST', 100)],
    ['tags.get_all_tag_types()', (tags) => tags.getAllTagTypes()],
    ["tags.taggable_by_type('HARDWARE')", (tags) => tags.taggableByType('HARDWARE')],
    ["tags.taggable_by_type('TICKET')", (tags) => tags.taggableByType('TICKET')],
    ["tags.taggable_by_type('NETWORK_SUBNET')", (tags) => tags.taggableByType('NETWORK_SUBNET')],
  ];
  it.each(cases)('%s', async (name, run) => {
    expectSameCalls(name, await recordTags(run));
  });

  it("tags.type_to_service('NETWORK_VLAN_FIREWALL') and tags.get_resource_name({'vlanNumber': 1234, 'name': 'vlan-name'}, 'NETWORK_VLAN'): no calls", async () => {
    const calls = await recordTags(async () => {
      expect(TagManager.typeToService('NETWORK_VLAN_FIREWALL')).toBe('Network_Vlan_Firewall');
      expect(TagManager.getResourceName({ vlanNumber: 1234, name: 'vlan-name' }, 'NETWORK_VLAN')).toBe(
        '1234 (vlan-name)',
      );
    });
    expectSameCalls("tags.type_to_service('NETWORK_VLAN_FIREWALL')", calls);
    expectSameCalls(
      "tags.get_resource_name({'vlanNumber': 1234, 'name': 'vlan-name'}, 'NETWORK_VLAN')",
      calls,
    );
    expect(TagManager.typeToService('GUEST')).toBe('Virtual_Guest');
    expect(TagManager.typeToService('CONTRACT')).toBeUndefined();
    expect(TagManager.getResourceName({ networkIdentifier: '10.0.0.0' }, 'NETWORK_SUBNET')).toBe('10.0.0.0');
  });

  it('taggableByType(IMAGE_TEMPLATE) reads the private images (no recorded case: the reference code’s call)', async () => {
    const calls = await recordTags((tags) => tags.taggableByType('IMAGE_TEMPLATE'));
    expectReferenceCalls(calls, [
      {
        service: 'SoftLayer_Account',
        method: 'getPrivateBlockDeviceTemplateGroups',
        mask: 'mask[id,accountId,name,globalIdentifier,parentId,publicFlag,flexImageFlag,imageType]',
        limit: 100,
      },
    ]);
  });

  it('search.get_object_types(), search.search(…) and advanced', async () => {
    for (const [name, run] of [
      ['search.get_object_types()', (search: SearchManager) => search.getObjectTypes()],
      ["search.search('test.com')", (search: SearchManager) => search.search('test.com')],
    ] as const) {
      const { client, calls } = recordingClient();
      await run(new SearchManager(client));
      expectSameCalls(name, calls);
    }
    const { client, calls } = recordingClient();
    await new SearchManager(client).advanced('_objectType:SoftLayer_Hardware');
    expectReferenceCalls(calls, [
      { service: 'SoftLayer_Search', method: 'advancedSearch', args: ['_objectType:SoftLayer_Hardware'] },
    ]);
  });

  it('buildQuery writes the search language', () => {
    expect(
      SearchManager.buildQuery({
        objectTypes: ['SoftLayer_Virtual_Guest', 'SoftLayer_Hardware'],
        criteria: { hostname: 'web*', 'datacenter.name': 'dal10', notes: 'two words' },
        text: 'acme',
      }),
    ).toBe(
      '_objectType:SoftLayer_Virtual_Guest,SoftLayer_Hardware hostname:web* datacenter.name:dal10 notes:"two words" acme',
    );
  });

  it('refuses bad input before sending anything', async () => {
    const { client, calls } = recordingClient();
    const tags = new TagManager(client);
    const search = new SearchManager(client);
    await expectRefused(
      [
        ['tag id', () => tags.getTag(0), /tag id/],
        ['tag name', () => tags.getTagByName(' '), /tag name/],
        ['untaggable lookup', () => tags.referenceLookup(1, 'CONTRACT'), /cannot be looked up/],
        ['untaggable type', () => tags.taggableByType('ACCOUNT_DOCUMENT'), /cannot be tagged/],
        ['set tags resource id', () => tags.setTags('a', 'GUEST', -1), /resource id/],
        ['set tags not text', () => tags.setTags(3 as unknown as string, 'GUEST', 1), /tags/],
        ['empty search', () => search.search(''), /search string/],
        [
          'bad type',
          async () => SearchManager.buildQuery({ objectTypes: ['Virtual_Guest'] }),
          /not an object type/,
        ],
        ['nothing to search', async () => SearchManager.buildQuery({}), /give object types/],
      ],
      calls,
    );
  });
});

describe('TagManager and SearchManager against the emulator', () => {
  let setup: Awaited<ReturnType<typeof startTestEmulator>>;
  beforeAll(async () => {
    setup = await startTestEmulator();
  });
  afterAll(() => setup.close());

  it('lists tags with counts, tags a VLAN and a subnet, finds the references, and deletes a tag once unattached', async () => {
    const tags = new TagManager(setup.client);
    const before = await tags.listTags();
    expect(before.unattached).toEqual([]);
    const vlan = (await setup.client.call('Account', 'getNetworkVlans', { mask: 'id', limit: 1 }))[0]!;
    const subnet = (await setup.client.call('Account', 'getSubnets', { mask: 'id', limit: 1 }))[0]!;
    expect(await tags.setTags(['audit', 'pci'], 'NETWORK_VLAN', vlan.id!)).toBe(true);
    expect(await tags.setTags('audit', 'NETWORK_SUBNET', subnet.id!)).toBe(true);
    const [audit] = await tags.getTagByName('audit');
    const references = await tags.getTagReferences(audit!.id!);
    expect(
      references.map((reference) => [reference.tagType?.keyName, reference.resourceTableId]).sort(),
    ).toEqual([
      ['NETWORK_SUBNET', subnet.id],
      ['NETWORK_VLAN', vlan.id],
    ]);
    expect((await tags.listTags()).attached.find((tag) => tag.name === 'audit')).toMatchObject({
      referenceCount: 2,
    });
    const found = (await tags.referenceLookup(vlan.id!, 'NETWORK_VLAN')) as { id: number };
    expect(found.id).toBe(vlan.id);
    await expect(tags.deleteTag('pci')).rejects.toMatchObject({ faultCode: 'SoftLayer_Exception_Public' });
    await tags.setTags('', 'NETWORK_VLAN', vlan.id!);
    expect((await tags.getUnattachedTags({ mask: 'id,name' })).map((tag) => tag.name)).toEqual(['pci']);
    expect(await tags.deleteTag('pci')).toBe(true);
    expect(await tags.getUnattachedTags()).toEqual([]);
    const types = await tags.getAllTagTypes();
    expect(types.find((type) => type.keyName === 'NETWORK_VLAN')).toMatchObject({ service: 'Network_Vlan' });
    expect(types.some((type) => type.keyName === 'CONTRACT')).toBe(false);
    const hardware = await tags.taggableByType('HARDWARE');
    expect(hardware.length).toBe(setup.emulator.state.hardware.size);
    expect(hardware[0]).toMatchObject({ resourceType: 'SoftLayer_Hardware' });
    const subnets = await tags.taggableByType('NETWORK_SUBNET');
    expect(subnets[0]).toMatchObject({
      resourceType: 'Network_Subnet',
      resource: { id: expect.any(Number) },
    });
  });

  it('searches guests by hostname pattern and datacenter, with typed results', async () => {
    const search = new SearchManager(setup.client);
    const guest = setup.emulator.state.guests.all()[0]!;
    const detail = await setup.client.call('Virtual_Guest', 'getObject', {
      id: guest.id,
      mask: 'datacenter.name',
    });
    const query = SearchManager.buildQuery({
      objectTypes: ['SoftLayer_Virtual_Guest'],
      criteria: { hostname: `${guest.hostname.slice(0, 2)}*`, 'datacenter.name': detail.datacenter!.name! },
    });
    const results = await search.advanced(query);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      if (!isSearchResultOf(result, 'SoftLayer_Virtual_Guest'))
        throw new Error(`unexpected ${result.resourceType}`);
      expect(result.resource.hostname?.startsWith(guest.hostname.slice(0, 2))).toBe(true);
      expect(result.resource.datacenter?.name).toBe(detail.datacenter!.name);
    }
    expect(results.map((result) => (result.resource as { id: number }).id)).toContain(guest.id);
    const simple = await search.search(guest.hostname);
    expect(simple.some((result) => (result.resource as { id: number }).id === guest.id)).toBe(true);
    const types = await search.getObjectTypes();
    expect(types.map((type) => type.name)).toContain('SoftLayer_Virtual_Guest');
    await expect(search.advanced('_objectType:SoftLayer_Nothing')).rejects.toMatchObject({
      faultCode: 'SoftLayer_Exception_InvalidValue',
    });
  });
});
