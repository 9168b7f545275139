import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Virtual_Guest_Block_Device_Template_Configuration,
  SoftLayer_Location,
  SoftLayer_Provisioning_Version1_Transaction,
  SoftLayer_Virtual_Guest_Block_Device_Template_Group,
} from '@sl/types';
import { checkText, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** The reference's default mask for images. */
const IMAGE_MASK = 'id,accountId,name,globalIdentifier,blockDevices,parentId,createDate,transaction';

type Image = SoftLayer_Virtual_Guest_Block_Device_Template_Group;
const SERVICE = 'Virtual_Guest_Block_Device_Template_Group';

/** What `ImageManager.listPrivateImages` and `listPublicImages` take. */
export interface ListImagesOptions extends ListOptions {
  /** Only images whose global identifier matches (the search shorthand: `abc*`, exact otherwise). */
  guid?: string;
  /** Only images whose name matches (the search shorthand: `web*`, `*prod*`, exact otherwise). */
  name?: string;
}

/** What `ImageManager.edit` takes: at least one of name, note, tag. */
export interface EditImageOptions extends CallControl {
  name?: string;
  note?: string;
  /** The image's tags, replacing the ones it has: comma-separated text, or a list. */
  tag?: string | readonly string[];
}

/** What `ImageManager.importImageFromUri` takes besides the name and the URI. */
export interface ImportImageOptions extends CallControl {
  /** The reference code of the operating system (`UBUNTU_20_64`). */
  osCode?: string;
  note?: string;
  /** An IBM Cloud API key with access to the Cloud Object Storage (and the KMS); `cos://` only. */
  ibmApiKey?: string;
  /** The CRN of the root key in your KMS; `cos://` with `isEncrypted` only. */
  rootKeyCrn?: string;
  /** The wrapped data encryption key from your KMS; `cos://` with `isEncrypted` only. */
  wrappedDek?: string;
  /** The image is cloud-init (default false); `cos://` only. */
  cloudInit?: boolean;
  /** Bring your own license (default false); `cos://` only. */
  byol?: boolean;
  /** The image is encrypted (default false; then `rootKeyCrn` and `wrappedDek` are needed); `cos://` only. */
  isEncrypted?: boolean;
}

/** The filter on an image's own properties that `name` and `guid` make. */
function imageCriteria(options: ListImagesOptions): ObjectFilter {
  return {
    ...(options.name ? { name: queryFilter(options.name) } : {}),
    ...(options.guid ? { globalIdentifier: queryFilter(options.guid) } : {}),
  };
}

function checkUri(uri: unknown, method: string): { uri: string; cos: boolean } {
  const text = checkText(uri, 'the URI', method);
  // The reference tests `'cos://' in uri`; a URI is ICOS when it starts so (swift:// otherwise).
  return { uri: text, cos: text.startsWith('cos://') };
}

function checkLocationNames(names: unknown, method: string): readonly string[] {
  if (
    !Array.isArray(names) ||
    names.length === 0 ||
    !names.every((name) => typeof name === 'string' && name.trim() !== '')
  ) {
    throw invalid(`${method}: give a non-empty list of location names`);
  }
  return names;
}

/**
 * The image templates (`SoftLayer_Virtual_Guest_Block_Device_Template_Group`), as the reference client's
 * `ImageManager`: the same API calls, typed results, and names resolved to ids (public images first, then the
 * account's private ones, like the reference).
 */
export class ImageManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [
      (name) => this.#idsFromName(name, 'public'),
      (name) => this.#idsFromName(name, 'private'),
    ];
  }

  /** One image (an id, a global identifier or a name), by default with the reference's mask. */
  async getImage(
    identifier: number | string,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<Image> {
    const id = await this.resolveId(identifier);
    return this.#client.call(SERVICE, 'getObject', {
      id,
      ...withMask(options.mask, IMAGE_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * Deletes an image (an id, a global identifier or a name); resolves with the deletion's transaction (the
   * reference returns nothing).
   */
  async deleteImage(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Provisioning_Version1_Transaction> {
    const id = await this.resolveId(identifier);
    return this.#client.call(SERVICE, 'deleteObject', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * The account's private images, optionally only those whose name and/or global identifier match.
   *
   * Your `filter` is merged over the one built from `name`/`guid` (the reference lets `name`/`guid` win).
   */
  async listPrivateImages(options: ListImagesOptions = {}): Promise<ListResult<Image>> {
    const criteria = imageCriteria(options);
    const own: ObjectFilter =
      Object.keys(criteria).length === 0 ? {} : { privateBlockDeviceTemplateGroups: criteria };
    return this.#client.call(
      'Account',
      'getPrivateBlockDeviceTemplateGroups',
      listOptions(options, { mask: IMAGE_MASK, own }),
    );
  }

  /**
   * The public images, optionally only those whose name and/or global identifier match.
   *
   * Your `filter` is merged over the one built from `name`/`guid` (the reference lets `name`/`guid` win).
   */
  async listPublicImages(options: ListImagesOptions = {}): Promise<ListResult<Image>> {
    return this.#client.call(
      SERVICE,
      'getPublicImages',
      listOptions(options, { mask: IMAGE_MASK, own: imageCriteria(options) }),
    );
  }

  /**
   * Changes the name and/or note of an image (an id, a global identifier or a name) and/or replaces its tags;
   * resolves `true` when every call made succeeded. Giving none of them is an error (the reference returns false).
   */
  async edit(identifier: number | string, changes: EditImageOptions): Promise<boolean> {
    const template: Image = {};
    if (changes?.name) template.name = changes.name;
    if (changes?.note) template.note = changes.note;
    const tag = typeof changes?.tag === 'string' ? changes.tag : changes?.tag?.join(',');
    if (Object.keys(template).length === 0 && !tag) {
      throw invalid('edit: give a new name, note or tag');
    }
    const id = await this.resolveId(identifier);
    let done = true;
    if (Object.keys(template).length > 0) {
      done = await this.#client.call(SERVICE, 'editObject', {
        id,
        args: [template],
        ...signalOption(changes.signal),
      });
    }
    if (tag) {
      const tagged = await this.#client.call(SERVICE, 'setTags', {
        id,
        args: [tag],
        ...signalOption(changes.signal),
      });
      done = done && tagged;
    }
    return done;
  }

  /**
   * Imports an image from object storage: `cos://<region>/<bucket>/<object>` (IBM Cloud Object Storage, through
   * `createFromIcos`) or `swift://<account>@<cluster>/<container>/<object>` (`createFromExternalSource`, which
   * takes only the name, note, OS code and URI). Resolves with the new image.
   */
  async importImageFromUri(name: string, uri: string, options: ImportImageOptions = {}): Promise<Image> {
    checkText(name, 'the name', 'importImageFromUri');
    const target = checkUri(uri, 'importImageFromUri');
    const configuration: SoftLayer_Container_Virtual_Guest_Block_Device_Template_Configuration = {
      name,
      uri: target.uri,
    };
    if (options.note !== undefined) configuration.note = options.note;
    if (options.osCode !== undefined) configuration.operatingSystemReferenceCode = options.osCode;
    if (!target.cos) {
      return this.#client.call(SERVICE, 'createFromExternalSource', {
        args: [configuration],
        ...signalOption(options.signal),
      });
    }
    if (options.isEncrypted && (!options.rootKeyCrn || !options.wrappedDek)) {
      throw invalid('importImageFromUri: an encrypted image needs rootKeyCrn and wrappedDek');
    }
    if (options.ibmApiKey !== undefined) configuration.ibmApiKey = options.ibmApiKey;
    if (options.rootKeyCrn !== undefined) configuration.crkCrn = options.rootKeyCrn;
    if (options.wrappedDek !== undefined) configuration.wrappedDek = options.wrappedDek;
    configuration.cloudInit = options.cloudInit ?? false;
    configuration.byol = options.byol ?? false;
    configuration.isEncrypted = options.isEncrypted ?? false;
    return this.#client.call(SERVICE, 'createFromIcos', {
      args: [configuration],
      ...signalOption(options.signal),
    });
  }

  /**
   * Exports an image (an id, a global identifier or a name) to object storage: `cos://…` through `copyToIcos`
   * (with `ibmApiKey`), `swift://…` through `copyToExternalSource`. Resolves `true` when the export started.
   */
  async exportImageToUri(
    identifier: number | string,
    uri: string,
    options: { ibmApiKey?: string } & CallControl = {},
  ): Promise<boolean> {
    const target = checkUri(uri, 'exportImageToUri');
    const id = await this.resolveId(identifier);
    if (target.cos) {
      const configuration: SoftLayer_Container_Virtual_Guest_Block_Device_Template_Configuration = {
        uri: target.uri,
      };
      if (options.ibmApiKey !== undefined) configuration.ibmApiKey = options.ibmApiKey;
      return this.#client.call(SERVICE, 'copyToIcos', {
        id,
        args: [configuration],
        ...signalOption(options.signal),
      });
    }
    return this.#client.call(SERVICE, 'copyToExternalSource', {
      id,
      args: [{ uri: target.uri }],
      ...signalOption(options.signal),
    });
  }

  /** Makes an image available in more datacenters (names such as `dal13`, among `getStorageLocations`). */
  async addLocations(
    identifier: number | string,
    locationNames: readonly string[],
    options: CallControl = {},
  ): Promise<boolean> {
    checkLocationNames(locationNames, 'addLocations');
    const id = await this.resolveId(identifier);
    const locations = await this.getLocationsList(id, locationNames, options);
    return this.#client.call(SERVICE, 'addLocations', {
      id,
      args: [locations],
      ...signalOption(options.signal),
    });
  }

  /** Removes datacenters from an image (names such as `dal13`, among `getStorageLocations`). */
  async removeLocations(
    identifier: number | string,
    locationNames: readonly string[],
    options: CallControl = {},
  ): Promise<boolean> {
    checkLocationNames(locationNames, 'removeLocations');
    const id = await this.resolveId(identifier);
    const locations = await this.getLocationsList(id, locationNames, options);
    return this.#client.call(SERVICE, 'removeLocations', {
      id,
      args: [locations],
      ...signalOption(options.signal),
    });
  }

  /** The datacenters where an image (an id, a global identifier or a name) can be stored. */
  async getStorageLocations(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<ListResult<SoftLayer_Location>> {
    const id = await this.resolveId(identifier);
    return this.#client.call(SERVICE, 'getStorageLocations', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * The storage locations of an image that the names designate, in the order given; `ManagerError`
   * `SL_NOT_FOUND` names the first that is not among them.
   *
   * The reference keeps the previous match when a later name is unknown (it never resets it), so
   * `['dal13', 'nowhere']` gives dal13 twice; here every name must match.
   */
  async getLocationsList(
    identifier: number | string,
    locationNames: readonly string[],
    options: CallControl = {},
  ): Promise<SoftLayer_Location[]> {
    checkLocationNames(locationNames, 'getLocationsList');
    const id = await this.resolveId(identifier);
    const available = await this.getStorageLocations(id, options);
    return locationNames.map((name) => {
      const found = available.find((location) => location.name === name);
      if (found?.id === undefined) {
        throw new ManagerError(
          'SL_NOT_FOUND',
          `Location ${name} does not exist for available locations for image ${id}`,
        );
      }
      return found;
    });
  }

  /** The ids of the images an identifier names: an id, a global identifier, or a name (public images first). */
  resolveIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one image an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'image');
  }

  async #idsFromName(name: string, kind: 'public' | 'private'): Promise<number[]> {
    // The lists' default mask, as the reference's resolver asks (it lists with it).
    const images =
      kind === 'public' ? await this.listPublicImages({ name }) : await this.listPrivateImages({ name });
    return images.map((image) => image.id as number);
  }
}
