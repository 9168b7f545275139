import type { ListResult, SoftLayerClient } from '@sl/client';
import { type ObjectFilter, queryFilter } from '@sl/filter';
import type { SoftLayer_Security_Ssh_Key } from '@sl/types';
import { checkText, invalid } from './check-input';
import { type CallControl, type ListOptions, listOptions, signalOption } from './list-options';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';

/** What `SshKeyManager.listKeys` takes. */
export interface ListKeysOptions extends ListOptions {
  /** Only keys whose label matches (the reference's search shorthand: `web*`, `*prod*`, exact otherwise). */
  label?: string;
}

/**
 * The SSH keys of the account (`SoftLayer_Security_Ssh_Key`), as the reference client's `SshKeyManager`: the same
 * API calls, typed results, and names (labels) resolved to ids.
 */
export class SshKeyManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(label) => this.#idsFromLabel(label)];
  }

  /** Adds a key to the account; resolves with the new key. */
  async addKey(
    key: string,
    label: string,
    options: { notes?: string } & CallControl = {},
  ): Promise<SoftLayer_Security_Ssh_Key> {
    checkText(key, 'the key', 'addKey');
    checkText(label, 'the label', 'addKey');
    const template: SoftLayer_Security_Ssh_Key = { key, label };
    if (options.notes !== undefined) template.notes = options.notes;
    return this.#client.call('Security_Ssh_Key', 'createObject', {
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** Deletes a key for good (an id or a label). */
  async deleteKey(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Security_Ssh_Key', 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /** Changes the label and/or the notes of a key (an id or a label); the others stay. */
  async editKey(
    identifier: number | string,
    changes: { label?: string; notes?: string } & CallControl,
  ): Promise<boolean> {
    const template: SoftLayer_Security_Ssh_Key = {};
    if (changes.label) template.label = changes.label;
    if (changes.notes) template.notes = changes.notes;
    if (Object.keys(template).length === 0) {
      throw invalid('editKey: give a new label or new notes');
    }
    const id = await this.resolveId(identifier);
    return this.#client.call('Security_Ssh_Key', 'editObject', {
      id,
      args: [template],
      ...signalOption(changes.signal),
    });
  }

  /** One key (an id or a label), with all its local properties. */
  async getKey(identifier: number | string, options: CallControl = {}): Promise<SoftLayer_Security_Ssh_Key> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Security_Ssh_Key', 'getObject', { id, ...signalOption(options.signal) });
  }

  /** The account's keys, optionally only those whose label matches. */
  async listKeys(options: ListKeysOptions = {}): Promise<ListResult<SoftLayer_Security_Ssh_Key>> {
    const own: ObjectFilter =
      options.label === undefined ? {} : { sshKeys: { label: queryFilter(options.label) } };
    return this.#client.call('Account', 'getSshKeys', listOptions(options, { own }));
  }

  /** The ids of the keys an identifier names: an id, or a label (exact). */
  resolveIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one key an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'SSH key');
  }

  async #idsFromLabel(label: string): Promise<number[]> {
    const keys = await this.#client.call('Account', 'getSshKeys', { mask: 'id,label' });
    return keys.filter((key) => key.label === label).map((key) => key.id as number);
  }
}
