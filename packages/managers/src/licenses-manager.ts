import type { ListResult, SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Product_Item,
  SoftLayer_Software_AccountLicense,
} from '@sl/types';
import { checkText, invalid } from './check-input';
import { type CallControl, signalOption } from './list-options';
import { ManagerError } from './manager-error';
import { OrderingManager } from './ordering-manager';

/** The package account licenses (VMware) are ordered from, by id (`getCreateOptions`) and key name (`create`). */
export const LICENSE_PACKAGE_ID = 301;
const LICENSE_PACKAGE_KEY = 'SOFTWARE_LICENSE_PACKAGE';

/** The order container of software licenses. */
const LICENSE_ORDER_TYPE = 'SoftLayer_Container_Product_Order_Software_License';

/** The note the reference leaves on a license's cancellation (as reason and as note). */
const CANCEL_NOTE = 'Cancel by cli command';

/**
 * The account's licenses not bound to a server (VMware: `SoftLayer_Software_AccountLicense`), as the reference
 * client's `LicensesManager` (`license.py`, with `licenses.py`'s `get_create_options`): list them, order one from
 * the software license package, cancel one by its key.
 */
export class LicensesManager {
  readonly #client: SoftLayerClient;

  constructor(client: SoftLayerClient) {
    this.#client = client;
  }

  /** Every account license, with its software description and billing item. */
  async getAllObjects(options: CallControl = {}): Promise<ListResult<SoftLayer_Software_AccountLicense>> {
    return this.#client.call('Software_AccountLicense', 'getAllObjects', {
      mask: 'softwareDescription,billingItem',
      ...signalOption(options.signal),
    });
  }

  /**
   * Cancels the billing item of every license whose key is `key` (at once when `immediate`, else on the
   * anniversary date); resolves with true. No license with that key: `SL_NOT_FOUND` ("Unable to find license
   * key: …", as the reference's abort).
   */
  async cancelItem(key: string, immediate = false, options: CallControl = {}): Promise<boolean> {
    checkText(key, 'the license key', 'cancelItem');
    if (typeof immediate !== 'boolean') throw invalid('cancelItem: immediate must be true or false');
    const licenses = await this.getAllObjects(options);
    const matching = licenses.filter((license) => license.key === key);
    if (matching.length === 0) throw new ManagerError('SL_NOT_FOUND', `Unable to find license key: ${key}`);
    for (const license of matching) {
      await this.#client.call('Billing_Item', 'cancelItem', {
        id: license.billingItem?.id as number,
        args: [immediate, true, CANCEL_NOTE, CANCEL_NOTE],
        ...signalOption(options.signal),
      });
    }
    return true;
  }

  /**
   * Orders licenses (monthly) in a datacenter (short name) by their item key names in the software license
   * package; resolves with the order's receipt.
   */
  async create(
    datacenter: string,
    itemKeys: readonly string[],
    options: CallControl = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt> {
    checkText(datacenter, 'the datacenter', 'create');
    if (!Array.isArray(itemKeys) || itemKeys.length === 0) {
      throw invalid('create: give at least one item key name');
    }
    for (const key of itemKeys) checkText(key, 'an item key name', 'create');
    return new OrderingManager(this.#client).placeOrder(LICENSE_PACKAGE_KEY, datacenter, itemKeys, {
      complexType: LICENSE_ORDER_TYPE,
      hourly: false,
      ...signalOption(options.signal),
    });
  }

  /** What can be ordered: the software license package's items, with their prices. */
  async getCreateOptions(options: CallControl = {}): Promise<ListResult<SoftLayer_Product_Item>> {
    return this.#client.call('Product_Package', 'getItems', {
      id: LICENSE_PACKAGE_ID,
      ...signalOption(options.signal),
    });
  }
}
