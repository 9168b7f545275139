import type { SoftLayer_Hardware_Server, SoftLayer_Product_Item_Price } from '@sl/types';
import { checkFlag, checkPositive, checkText, invalid } from './check-input';
import type { CallControl } from './list-options';
import { ManagerError } from './manager-error';

/** A disk to add or resize in `HardwareManager.upgrade`. */
export interface HardwareDiskUpgrade {
  /** `add_disk` (a new drive in slot `number`) or `resize_disk` (a bigger drive in an occupied slot). */
  description: 'add_disk' | 'resize_disk';
  /** The new drive's capacity in GB. */
  capacity: number;
  /** The drive slot (`disk<number>`). */
  number: number;
}

/** What `HardwareManager.upgrade` changes (at least one), and whether only to verify. */
export interface HardwareUpgradeOptions extends CallControl {
  /** Memory in GB. */
  memory?: number;
  /** Port speed in Mbps, or with a kind: `'10000 Redundant'`. */
  nicSpeed?: number | string;
  /** The disk controller by description (`RAID`, `Non-RAID`). */
  driveController?: string;
  /** The public bandwidth allotment in GB. */
  publicBandwidth?: number;
  disk?: readonly HardwareDiskUpgrade[];
  /** Only verify the upgrade order (`verifyOrder`). */
  test?: boolean;
}

/** The upgrade price mask (the reference's). */
export const HARDWARE_UPGRADE_PRICE_MASK: string =
  'mask[id,locationGroupId,categories[name,id,categoryCode],item[keyName,description,capacity,units]]';

/** Checks the upgrade options before any call. */
export function checkHardwareUpgrade(options: HardwareUpgradeOptions): void {
  if (options === null || typeof options !== 'object') throw invalid('upgrade: give what to upgrade');
  const { memory, nicSpeed, driveController, publicBandwidth, disk } = options;
  checkFlag(options.test, 'upgrade: test');
  if (memory !== undefined) checkPositive(memory, 'memory', 'upgrade');
  if (publicBandwidth !== undefined) checkPositive(publicBandwidth, 'publicBandwidth', 'upgrade');
  if (driveController !== undefined) checkText(driveController, 'driveController', 'upgrade');
  if (nicSpeed !== undefined) {
    if (typeof nicSpeed === 'number') checkPositive(nicSpeed, 'nicSpeed', 'upgrade');
    else if (!/^\d+( \S.*)?$/.test(String(nicSpeed))) {
      throw invalid(
        `upgrade: nicSpeed must be Mbps, or Mbps and a kind ('10000 Redundant'), got ${String(nicSpeed)}`,
      );
    }
  }
  if (disk !== undefined) {
    if (!Array.isArray(disk) || disk.length === 0) throw invalid('upgrade: disk must be a non-empty list');
    for (const entry of disk) {
      if (entry?.description !== 'add_disk' && entry?.description !== 'resize_disk') {
        throw invalid(`upgrade: a disk's description must be add_disk or resize_disk`);
      }
      checkPositive(entry.capacity, 'a disk capacity', 'upgrade');
      checkPositive(entry.number, 'a disk number', 'upgrade');
    }
  }
  if ([memory, nicSpeed, driveController, publicBandwidth, disk].every((value) => value === undefined)) {
    throw invalid('upgrade: give memory, nicSpeed, driveController, publicBandwidth or disk');
  }
}

type UpgradeOption = 'memory' | 'nic_speed' | 'disk_controller' | 'bandwidth';

const OPTION_CATEGORY: Record<UpgradeOption, string> = {
  memory: 'ram',
  nic_speed: 'port_speed',
  disk_controller: 'disk_controller',
  bandwidth: 'bandwidth',
};

/** The reference's `_get_prices_for_upgrade_option`: the last price of the option's category that fits. */
function upgradePrice(
  prices: readonly SoftLayer_Product_Item_Price[],
  option: UpgradeOption | `disk${number}`,
  value: number | string,
): SoftLayer_Product_Item_Price | undefined {
  const category = option.startsWith('disk') ? option : OPTION_CATEGORY[option as UpgradeOption];
  let found: SoftLayer_Product_Item_Price | undefined;
  for (const price of prices) {
    const item = price.item;
    if (!price.categories || !item) continue;
    for (const priceCategory of price.categories) {
      if (priceCategory.categoryCode !== category) continue;
      const text = String(value);
      if (option === 'disk_controller') {
        if (text === item.description) found = price;
      } else if (option === 'nic_speed' && !/^\d+$/.test(text)) {
        const [speed, kind = ''] = text.split(' ');
        if (String(item.capacity) === speed && item.description?.includes(kind)) found = price;
      } else if (String(item.capacity) === text) found = price;
    }
  }
  return found;
}

/**
 * The prices of an upgrade, as the reference's `upgrade`: disks first (with their category), then memory, port
 * speed, disk controller and bandwidth. Differs on purpose: whether a disk slot is taken is judged per disk (the
 * reference keeps the first answer for every later disk).
 */
export function hardwareUpgradePrices(
  options: HardwareUpgradeOptions,
  prices: readonly SoftLayer_Product_Item_Price[],
  server: SoftLayer_Hardware_Server,
): Array<{ id: number; categories?: Array<{ categoryCode: string; id: number }> }> {
  const chosen: Array<{ id: number; categories?: Array<{ categoryCode: string; id: number }> }> = [];
  const taken = new Set((server.billingItem?.nextInvoiceChildren ?? []).map((child) => child.categoryCode));
  for (const disk of options.disk ?? []) {
    const channel = `disk${disk.number}` as const;
    const exists = taken.has(channel);
    if (exists && disk.description === 'add_disk') {
      throw invalid(`upgrade: unable to add disk ${disk.number}: the slot already has a drive`);
    }
    if (!exists && disk.description === 'resize_disk') {
      throw invalid(`upgrade: unable to resize disk ${disk.number}: the slot has no drive`);
    }
    const price = upgradePrice(prices, channel, disk.capacity);
    const category = price?.categories?.[0];
    if (price?.id === undefined || category?.categoryCode === undefined || category.id === undefined) {
      throw new ManagerError(
        'SL_NOT_FOUND',
        `upgrade: no price for ${channel} with capacity ${disk.capacity}`,
      );
    }
    chosen.push({ id: price.id, categories: [{ categoryCode: category.categoryCode, id: category.id }] });
  }
  const wanted: Array<[UpgradeOption, number | string | undefined]> = [
    ['memory', options.memory],
    ['nic_speed', options.nicSpeed],
    ['disk_controller', options.driveController],
    ['bandwidth', options.publicBandwidth],
  ];
  for (const [option, value] of wanted) {
    if (value === undefined) continue;
    const id = upgradePrice(prices, option, value)?.id;
    if (id === undefined)
      throw new ManagerError('SL_NOT_FOUND', `upgrade: unable to find ${option} option with value ${value}`);
    chosen.push({ id });
  }
  return chosen;
}
