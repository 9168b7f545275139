import type { ListResult, SoftLayerClient } from '@sl/client';
import type { SoftLayer_Tag, SoftLayer_Tag_Reference, SoftLayer_Tag_Type } from '@sl/types';
import type { MaskOption } from './account-manager';
import { checkMask, checkPositive, checkText, invalid, tagText } from './check-input';
import { type CallControl, listOptions, signalOption, withMask } from './list-options';
import { SearchManager, type SearchResult } from './search-manager';

/** A tag type the API knows (`SoftLayer_Tag::getAllTagTypes`) with the service of its objects. */
export interface TaggableType extends SoftLayer_Tag_Type {
  service: string;
}

/** The account's tags, as `listTags` reads them. */
export interface TagLists {
  attached: ListResult<SoftLayer_Tag>;
  unattached: ListResult<SoftLayer_Tag>;
}

/** A taggable object, as `taggableByType` lists it (the shape of a search result). */
export type TaggableResource = Pick<SearchResult, 'resource' | 'resourceType'>;

const LIST_MASK = 'mask[id,name,referenceCount]';
const IMAGE_MASK = 'mask[id,accountId,name,globalIdentifier,parentId,publicFlag,flexImageFlag,imageType]';

/** Tag types whose objects are not the customer's to tag (documents and contracts). */
const UNTAGGABLE = ['ACCOUNT_DOCUMENT', 'CONTRACT'];

/**
 * Tags on every taggable type (`SoftLayer_Tag`): guests, hardware, VLANs, subnets, images, tickets…, as the
 * reference client's `TagManager`: the same API calls, typed results, input checked before sending.
 */
export class TagManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** The attached and the unattached tags with their reference counts (every page of each). */
  async listTags(options: MaskOption = {}): Promise<TagLists> {
    const mask = options.mask ?? LIST_MASK;
    const unattached = await this.getUnattachedTags({ ...options, mask });
    const attached = await this.getAttachedTags({ ...options, mask });
    return { attached, unattached };
  }

  /** Tags no object carries (every page). */
  async getUnattachedTags(options: MaskOption = {}): Promise<ListResult<SoftLayer_Tag>> {
    checkMask(options.mask);
    return this.#client.call(
      'Tag',
      'getUnattachedTagsForCurrentUser',
      listOptions(options, { everyPage: true }),
    );
  }

  /** Tags at least one object carries (every page). */
  async getAttachedTags(options: MaskOption = {}): Promise<ListResult<SoftLayer_Tag>> {
    checkMask(options.mask);
    return this.#client.call(
      'Tag',
      'getAttachedTagsForCurrentUser',
      listOptions(options, { everyPage: true }),
    );
  }

  /** The objects a tag (by id) is on, each with its tag type (every page). */
  async getTagReferences(
    tagId: number,
    options: MaskOption = {},
  ): Promise<ListResult<SoftLayer_Tag_Reference>> {
    const id = checkPositive(tagId, 'the tag id', 'getTagReferences');
    checkMask(options.mask);
    return this.#client.call('Tag', 'getReferences', {
      id,
      ...listOptions(options, { mask: 'mask[tagType]', everyPage: true }),
    });
  }

  /** One tag by id (its id and name unless another mask is given). */
  async getTag(tagId: number, options: MaskOption = {}): Promise<SoftLayer_Tag> {
    const id = checkPositive(tagId, 'the tag id', 'getTag');
    checkMask(options.mask);
    return this.#client.call('Tag', 'getObject', {
      id,
      ...withMask(options.mask, 'mask[id,name]'),
      ...signalOption(options.signal),
    });
  }

  /** The tags named `name` (a list, as the API answers). */
  async getTagByName(name: string, options: MaskOption = {}): Promise<SoftLayer_Tag[]> {
    checkText(name, 'the tag name', 'getTagByName');
    checkMask(options.mask);
    return this.#client.call('Tag', 'getTagByTagName', {
      args: [name],
      ...withMask(options.mask, 'mask[id,name]'),
      ...signalOption(options.signal),
    });
  }

  /**
   * The object a tag reference points at: `getObject` on the service of its tag type (`GUEST` →
   * `SoftLayer_Virtual_Guest`). A type without a service is refused before any call.
   */
  async referenceLookup(
    resourceTableId: number,
    tagType: string,
    options: CallControl = {},
  ): Promise<unknown> {
    const id = checkPositive(resourceTableId, 'the resource id', 'referenceLookup');
    const service = TagManager.typeToService(checkText(tagType, 'the tag type', 'referenceLookup'));
    if (service === undefined) throw invalid(`referenceLookup: ${tagType} objects cannot be looked up`);
    return this.#client.call(`SoftLayer_${service}`, 'getObject', { id, ...signalOption(options.signal) });
  }

  /** Deletes a tag no object carries (the API refuses one that is attached). */
  async deleteTag(name: string, options: CallControl = {}): Promise<boolean> {
    checkText(name, 'the tag name', 'deleteTag');
    return this.#client.call('Tag', 'deleteTag', { args: [name], ...signalOption(options.signal) });
  }

  /**
   * Replaces the tags of one object, given by its tag type key name (`GUEST`, `HARDWARE`, `NETWORK_VLAN`, …) and
   * id; `''` or `[]` removes them all.
   */
  async setTags(
    tags: string | readonly string[],
    keyName: string,
    resourceId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    const text = tagText(tags, 'setTags');
    checkText(keyName, 'the tag type key name', 'setTags');
    const id = checkPositive(resourceId, 'the resource id', 'setTags');
    return this.#client.call('Tag', 'setTags', {
      args: [text, keyName, id],
      ...signalOption(options.signal),
    });
  }

  /** The tag types the customer can tag, each with the service of its objects. */
  async getAllTagTypes(options: CallControl = {}): Promise<TaggableType[]> {
    const types = await this.#client.call('Tag', 'getAllTagTypes', { ...signalOption(options.signal) });
    return types.flatMap((type) => {
      const service = TagManager.typeToService(type.keyName ?? '');
      return service === undefined ? [] : [{ ...type, service }];
    });
  }

  /**
   * Every object of a tag type that can be tagged, as search results: images and subnets from the account (the
   * search has no such types), open tickets, and the rest through `SoftLayer_Search::advancedSearch`.
   */
  async taggableByType(tagType: string, options: CallControl = {}): Promise<TaggableResource[]> {
    const service = TagManager.typeToService(checkText(tagType, 'the tag type', 'taggableByType'));
    if (service === undefined) throw invalid(`taggableByType: ${tagType} objects cannot be tagged`);
    const control = { iter: true as const, limit: 100, ...signalOption(options.signal) };
    if (tagType === 'IMAGE_TEMPLATE' || tagType === 'NETWORK_SUBNET') {
      const resources =
        tagType === 'IMAGE_TEMPLATE'
          ? await this.#client.call('Account', 'getPrivateBlockDeviceTemplateGroups', {
              mask: IMAGE_MASK,
              ...control,
            })
          : await this.#client.call('Account', 'getSubnets', control);
      return resources.map((resource) => ({ resourceType: service, resource }));
    }
    const types = SearchManager.buildQuery({ objectTypes: [`SoftLayer_${service}`] });
    // Only open tickets can be tagged; the reference writes the term with a space, which the search takes.
    const query = tagType === 'TICKET' ? `${types} status.name: open` : types;
    return this.#client.call('Search', 'advancedSearch', { args: [query], ...control });
  }

  /** The service (without `SoftLayer_`) of a tag type's objects; undefined for documents and contracts. */
  static typeToService(tagType: string): string | undefined {
    if (UNTAGGABLE.includes(tagType)) return undefined;
    const special: Record<string, string> = {
      APPLICATION_DELIVERY_CONTROLLER: 'Network_Application_Delivery_Controller',
      GUEST: 'Virtual_Guest',
      DEDICATED_HOST: 'Virtual_DedicatedHost',
      IMAGE_TEMPLATE: 'Virtual_Guest_Block_Device_Template_Group',
    };
    return (
      special[tagType] ??
      tagType.toLowerCase().replace(/(^[a-z]|_[a-z])/g, (letters) => letters.toUpperCase())
    );
  }

  /** A name for a tagged object of a tag type (its FQDN, VLAN number and name, subnet identifier, …). */
  static getResourceName(resource: Readonly<Record<string, unknown>>, tagType: string): string | undefined {
    const text = (key: string) => (resource[key] === undefined ? undefined : String(resource[key]));
    switch (tagType) {
      case 'NETWORK_VLAN_FIREWALL':
        return text('primaryIpAddress');
      case 'NETWORK_VLAN':
        return `${text('vlanNumber')} (${text('name')})`;
      case 'IMAGE_TEMPLATE':
      case 'APPLICATION_DELIVERY_CONTROLLER':
        return text('name');
      case 'TICKET':
        // The reference reads a misspelt `subjet` (always None); a ticket's name is its title.
        return text('title');
      case 'NETWORK_SUBNET':
        return text('networkIdentifier');
      default:
        return text('fullyQualifiedDomainName');
    }
  }
}
