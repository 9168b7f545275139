import type { SoftLayerClient } from '@sl/client';
import type {
  SoftLayer_Container_Product_Order,
  SoftLayer_Location_Region,
  SoftLayer_Product_Item,
  SoftLayer_Product_Item_Price,
} from '@sl/types';
import { checkFlag, checkPositive, checkText, invalid } from './check-input';
import {
  type CreateOptionItem,
  EXTRA_CATEGORIES,
  itemPrices,
  locationsOf,
  type PresetSize,
  readCreatePackage,
  sizesOf,
} from './create-options';
import type { CallControl } from './list-options';
import { ManagerError } from './manager-error';
import type { OrderOptions } from './ordering-manager';

/** The package bare metal servers are ordered from. */
export const BARE_METAL_PACKAGE = 'BARE_METAL_SERVER';

/** What `HardwareManager.verifyOrder` / `placeOrder` take (the reference's keyword arguments, camel-cased). */
export interface HardwareOrderOptions extends CallControl {
  /** A preset key name of the bare metal package (`S1270_8GB_2X1TBSATA_NORAID`). */
  size: string;
  hostname: string;
  domain: string;
  /** A datacenter short name (`dal13`). */
  location: string;
  /** An operating system item key name (`OS_UBUNTU_22_64`). */
  os: string;
  /** The port speed in Mbps (used when `network` is not given). */
  portSpeed?: number;
  /** A port speed item key name (bonded, redundant…), instead of `portSpeed`. */
  network?: string;
  sshKeys?: readonly number[];
  /** A script to run after provisioning. */
  postUri?: string;
  /** Hourly billing (default true). */
  hourly?: boolean;
  /** A private network only server (default false). */
  noPublic?: boolean;
  /** More item key names (`1_IPV6_ADDRESS`). */
  extras?: readonly string[];
  publicRouter?: number;
  privateRouter?: number;
}

/** What `HardwareManager.getCreateOptions` resolves with (the reference's dictionary, camel-cased). */
export interface HardwareCreateOptions {
  locations: Array<{ name: string | undefined; key: string | undefined }>;
  sizes: PresetSize[];
  operatingSystems: Array<CreateOptionItem & { referenceCode: string | undefined }>;
  portSpeeds: Array<CreateOptionItem & { speed: number }>;
  extras: CreateOptionItem[];
}

/** What bare metal servers can be ordered with, as the reference's `get_create_options` (one datacenter's prices). */
export async function hardwareCreateOptions(
  client: SoftLayerClient,
  datacenter: string | undefined,
  signal: AbortSignal | undefined,
): Promise<HardwareCreateOptions> {
  const { items, presets, regions, locationGroupId } = await readCreatePackage(
    client,
    BARE_METAL_PACKAGE,
    datacenter,
    signal,
  );
  const result: HardwareCreateOptions = {
    locations: locationsOf(regions, datacenter),
    sizes: sizesOf(presets, items, locationGroupId),
    operatingSystems: [],
    portSpeeds: [],
    extras: [],
  };
  for (const item of items) {
    const category = item.itemCategory?.categoryCode ?? '';
    const base = {
      name: item.description,
      key: item.keyName,
      prices: itemPrices(item.prices, locationGroupId),
    };
    if (category === 'os') {
      result.operatingSystems.push({
        ...base,
        name: item.softwareDescription?.longDescription,
        referenceCode: item.softwareDescription?.referenceCode,
      });
    } else if (category === 'port_speed') result.portSpeeds.push({ ...base, speed: Number(item.capacity) });
    else if (EXTRA_CATEGORIES.has(category)) result.extras.push(base);
  }
  return result;
}

/** Checks a server order's options before any call. */
export function checkHardwareOrder(options: HardwareOrderOptions, method: string): void {
  if (options === null || typeof options !== 'object') throw invalid(`${method}: give the order options`);
  for (const key of ['size', 'hostname', 'domain', 'location', 'os'] as const) {
    checkText(options[key], key, method);
  }
  if (options.network !== undefined) checkText(options.network, 'network', method);
  else if (options.portSpeed === undefined) throw invalid(`${method}: give portSpeed or network`);
  else checkPositive(options.portSpeed, 'portSpeed', method);
  checkFlag(options.hourly, `${method}: hourly`);
  checkFlag(options.noPublic, `${method}: noPublic`);
  if (options.postUri !== undefined) checkText(options.postUri, 'postUri', method);
  if (options.sshKeys !== undefined) {
    if (!Array.isArray(options.sshKeys)) throw invalid(`${method}: sshKeys must be a list of SSH key ids`);
    for (const key of options.sshKeys) checkPositive(key, 'an SSH key id', method);
  }
  if (options.extras !== undefined) {
    if (!Array.isArray(options.extras)) throw invalid(`${method}: extras must be a list of item key names`);
    for (const extra of options.extras) checkText(extra, 'an extra item key name', method);
  }
  if (options.publicRouter !== undefined) checkPositive(options.publicRouter, 'publicRouter', method);
  if (options.privateRouter !== undefined) checkPositive(options.privateRouter, 'privateRouter', method);
}

/** Whether a price fits a region: no location group, or one of the region's price groups (`_matches_location`). */
function fitsLocation(price: SoftLayer_Product_Item_Price, region: SoftLayer_Location_Region): boolean {
  if (!price.locationGroupId) return true;
  return (region.location?.location?.priceGroups ?? []).some((group) => group.id === price.locationGroupId);
}

function hasAttribute(item: SoftLayer_Product_Item, keyName: string): boolean {
  return (item.attributes ?? []).some((attribute) => attribute.attributeTypeKeyName === keyName);
}

/** The reference's `_get_bandwidth_key`: 0 GB for hourly or private servers, else a metered allotment. */
function bandwidthKey(
  items: readonly SoftLayer_Product_Item[],
  hourly: boolean,
  noPublic: boolean,
  region: SoftLayer_Location_Region,
): string {
  const zero = hourly || noPublic;
  for (const item of items) {
    if (item.itemCategory?.categoryCode !== 'bandwidth') continue;
    if (zero !== (Number(item.capacity ?? 0) === 0)) continue;
    const fits = (item.prices ?? []).some(
      (price) =>
        (hourly ? price.hourlyRecurringFee != null : price.recurringFee != null) &&
        fitsLocation(price, region),
    );
    if (fits && item.keyName) return item.keyName;
  }
  throw new ManagerError('SL_NOT_FOUND', 'Could not find valid price for bandwidth option');
}

/** The reference's `_get_port_speed_key`: a bonded port of that speed, private only when `noPublic`. */
function portSpeedKey(
  items: readonly SoftLayer_Product_Item[],
  speed: number,
  noPublic: boolean,
  region: SoftLayer_Location_Region,
): string {
  for (const item of items) {
    if (item.itemCategory?.categoryCode !== 'port_speed') continue;
    if (Number(item.capacity) !== speed) continue;
    if (hasAttribute(item, 'IS_PRIVATE_NETWORK_ONLY') !== noPublic || hasAttribute(item, 'NON_LACP'))
      continue;
    if ((item.prices ?? []).some((price) => fitsLocation(price, region)) && item.keyName) return item.keyName;
  }
  throw new ManagerError('SL_NOT_FOUND', `Could not find valid price for port speed: '${speed}'`);
}

/** The arguments of `OrderingManager.verifyOrder` / `placeOrder` for a server, as the reference's `_generate_create_dict`. */
export async function hardwareOrderArguments(
  client: SoftLayerClient,
  options: HardwareOrderOptions,
): Promise<{ itemKeys: string[]; orderOptions: OrderOptions }> {
  const { items, regions } = await readCreatePackage(client, BARE_METAL_PACKAGE, undefined, options.signal);
  const region = regions.find((candidate) => candidate.location?.location?.name === options.location);
  if (!region)
    throw new ManagerError('SL_NOT_FOUND', `Could not find valid location for: '${options.location}'`);
  const hourly = options.hourly ?? true;
  const noPublic = options.noPublic ?? false;
  const itemKeys = [
    '1_IP_ADDRESS',
    'UNLIMITED_SSL_VPN_USERS_1_PPTP_VPN_USER_PER_ACCOUNT',
    'REBOOT_KVM_OVER_IP',
    options.os,
    bandwidthKey(items, hourly, noPublic, region),
    options.network ?? portSpeedKey(items, options.portSpeed as number, noPublic, region),
    ...(options.extras ?? []),
  ];
  const server: NonNullable<SoftLayer_Container_Product_Order['hardware']>[number] = {
    hostname: options.hostname,
    domain: options.domain,
  };
  if (options.privateRouter !== undefined) {
    server.primaryBackendNetworkComponent = { router: { id: options.privateRouter } };
  }
  if (options.publicRouter !== undefined)
    server.primaryNetworkComponent = { router: { id: options.publicRouter } };
  const extras: SoftLayer_Container_Product_Order = { hardware: [server] };
  if (options.postUri) extras.provisionScripts = [options.postUri];
  if (options.sshKeys && options.sshKeys.length > 0) extras.sshKeys = [{ sshKeyIds: [...options.sshKeys] }];
  return {
    itemKeys,
    orderOptions: {
      complexType: 'SoftLayer_Container_Product_Order_Hardware_Server',
      hourly,
      preset: options.size,
      extras,
      quantity: 1,
      ...(options.signal ? { signal: options.signal } : {}),
    },
  };
}
