import type { ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Endpoint,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Storage_Credential,
} from '@sl/types';
import { checkMask, checkPositive } from './check-input';
import { type CallControl, filterOption, signalOption, withMask } from './list-options';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** An object storage account: its id, or its username (`SLOS307608-2`). */
export type ObjectStorageIdentifier = number | string;

/** What `ObjectStorageManager.listAccounts` takes. */
export interface ListObjectStorageAccountsOptions extends CallControl {
  /** Replaces the default mask (`id, username, notes, vendorName, serviceResource`). */
  mask?: string;
  /** A filter on `hubNetworkStorage`. */
  filter?: ObjectFilter;
  /** How many accounts (default 10, as the reference). */
  limit?: number;
}

const LIST_ACCOUNTS_MASK = 'mask[id,username,notes,vendorName,serviceResource]';

/**
 * IBM Cloud Object Storage (S3) accounts (`SoftLayer_Network_Storage_Hub_Cleversafe_Account`) and their HMAC
 * credentials, as the reference client's `ObjectStorageManager`. Accounts are given by id or username.
 */
export class ObjectStorageManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(username) => this.#idsFromUsername(username)];
  }

  /** The account's object storage accounts (the first `limit`, 10 by default). */
  async listAccounts(
    options: ListObjectStorageAccountsOptions = {},
  ): Promise<ListResult<SoftLayer_Network_Storage>> {
    checkMask(options.mask);
    const limit = checkPositive(options.limit ?? 10, 'listAccounts: limit');
    return this.#client.call('Account', 'getHubNetworkStorage', {
      ...withMask(options.mask, LIST_ACCOUNTS_MASK),
      ...filterOption(options.filter),
      limit,
      ...signalOption(options.signal),
    });
  }

  /** The S3 endpoints of an account: regional, cross-region and single-site, public and private. */
  async listEndpoints(
    account: ObjectStorageIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Network_Storage_Hub_ObjectStorage_Endpoint[]> {
    const id = await this.resolveId(account);
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getEndpoints', {
      id,
      ...signalOption(options.signal),
    });
  }

  /**
   * Creates an HMAC credential (up to `limitCredential`); resolves with it. (The metadata types the answer as a
   * list; the API answers the one credential, which is what the reference reads.)
   */
  async createCredential(
    account: ObjectStorageIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Credential> {
    const id = await this.resolveId(account);
    const created: unknown = await this.#client.call(
      'Network_Storage_Hub_Cleversafe_Account',
      'credentialCreate',
      {
        id,
        ...signalOption(options.signal),
      },
    );
    return created as SoftLayer_Network_Storage_Credential;
  }

  /** Deletes one of an account's credentials by its id; resolves `true`. */
  async deleteCredential(
    account: ObjectStorageIdentifier,
    credentialId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    const credential = checkPositive(credentialId, 'deleteCredential: the credential id');
    const id = await this.resolveId(account);
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'credentialDelete', {
      id,
      args: [{ id: credential }],
      ...signalOption(options.signal),
    });
  }

  /** How many credentials an account may have. */
  async limitCredential(account: ObjectStorageIdentifier, options: CallControl = {}): Promise<number> {
    const id = await this.resolveId(account);
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getCredentialLimit', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** An account's credentials (access key as `username`, secret key as `password`). */
  async listCredential(
    account: ObjectStorageIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Credential[]> {
    const id = await this.resolveId(account);
    return this.#client.call('Network_Storage_Hub_Cleversafe_Account', 'getCredentials', {
      id,
      ...signalOption(options.signal),
    });
  }

  /** The ids of the accounts an identifier names: an id, or a username (the search shorthand). */
  resolveIds(identifier: ObjectStorageIdentifier): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one account an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: ObjectStorageIdentifier): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'object storage account');
  }

  async #idsFromUsername(username: string): Promise<number[]> {
    const accounts = await this.listAccounts({
      mask: 'mask[id,username]',
      filter: { hubNetworkStorage: { username: queryFilter(username) } },
    });
    return accounts.map((account) => account.id as number);
  }
}
