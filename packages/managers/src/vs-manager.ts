import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import { type FilterCondition, type ObjectFilter, queryFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Hardware_Server_Configuration,
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Hardware,
  SoftLayer_Metric_Tracking_Object_Data,
  SoftLayer_Network_Bandwidth_Usage,
  SoftLayer_Network_Bandwidth_Version1_Allocation,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Storage_Allowed_Host,
  SoftLayer_Product_Item_Price,
  SoftLayer_Provisioning_Version1_Transaction,
  SoftLayer_Virtual_BrowserConsoleAccessLog,
  SoftLayer_Virtual_Disk_Image,
  SoftLayer_Virtual_Guest,
  SoftLayer_Virtual_Guest_Block_Device,
  SoftLayer_Virtual_Guest_Block_Device_Template_Group,
  SoftLayer_Virtual_Guest_Network_Component,
} from '@sl/types';
import { checkFlag, checkPositive, checkText, checkWhole, invalid, wholeCriterion } from './check-input';
import {
  type CreateOptionItem,
  EXTRA_CATEGORIES,
  itemPrices,
  locationsOf,
  readCreatePackage,
  sizesOf,
} from './create-options';
import { isReady, READY_MASK } from './guest-readiness';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { type PollOptions, pollUntil } from './poll-until';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';
import {
  type BandwidthDataOptions,
  bandwidthData,
  checkBandwidthOptions,
  checkSummaryOptions,
  type SummaryDataOptions,
  summaryData,
  trackingId,
} from './server-monitoring';
import {
  addNotification,
  listNotifications,
  removeNotification,
  type ServerNotification,
} from './server-notifications';
import { authorizeStorage } from './storage-authorization';

/** A guest: its id, its `globalIdentifier`, or a name the resolvers know (a hostname, an IP address). */
export type GuestIdentifier = number | string;

/** What `VsManager.listInstances` takes: the reference's criteria, each optional. */
export interface ListInstancesOptions extends ListOptions {
  /** Include hourly guests (default true); with `monthly: false`, only hourly ones (`getHourlyVirtualGuests`). */
  hourly?: boolean;
  /** Include monthly guests (default true); with `hourly: false`, only monthly ones (`getMonthlyVirtualGuests`). */
  monthly?: boolean;
  /** Only guests with one of these tags. */
  tags?: readonly string[];
  /** Number of CPUs: a number, or the search shorthand (`'>= 4'`). */
  cpus?: number | string;
  /** Memory in MB: a number, or the search shorthand. */
  memory?: number | string;
  /** Hostname (search shorthand: `web*`, `*db*`, exact otherwise). */
  hostname?: string;
  /** Domain (search shorthand). */
  domain?: string;
  /** Local disk (true) or SAN (false). */
  localDisk?: boolean;
  /** Datacenter short name (`dal13`). */
  datacenter?: string;
  /** Port speed in Mbps: a number, or the search shorthand. */
  nicSpeed?: number | string;
  /** Primary (public) IP address. */
  publicIp?: string;
  /** Primary backend (private) IP address. */
  privateIp?: string;
  /** Transient guests only (true) or non-transient only (false). */
  transient?: boolean;
}

/** What `getInstance` takes. */
export interface GetInstanceOptions extends CallControl {
  /** Replaces the default mask (about 40 properties, as the reference's). */
  mask?: CallMask;
}

/** What `reloadInstance` takes. */
export interface ReloadInstanceOptions extends CallControl {
  /** An HTTPS URI of a script to run after the reload. */
  postUri?: string;
  /** Ids of SSH keys to add to the root user. */
  sshKeys?: readonly number[];
  /** Id of an image template to load instead of the current operating system. */
  imageId?: number;
}

/** A new guest, as the reference's `create_instance` / `verify_create_instance` keyword arguments. */
export interface CreateInstanceOptions {
  hostname: string;
  domain: string;
  /** Number of CPUs (not with `flavor`). */
  cpus?: number;
  /** Memory in MB (not with `flavor`). */
  memory?: number;
  /** A public virtual server flavor (`B1_2X4X25`), instead of `cpus` and `memory`. */
  flavor?: string;
  /** Hourly (default) or monthly billing. */
  hourly?: boolean;
  /** Local disk (default) or SAN. */
  localDisk?: boolean;
  /** Datacenter short name (`dal13`). */
  datacenter?: string;
  /** Operating system reference code (`UBUNTU_LATEST`); not with `imageId`. */
  osCode?: string;
  /** The globalIdentifier of an image template to boot from; not with `osCode`. */
  imageId?: string;
  /** On a host dedicated to the account (not with `flavor`). */
  dedicated?: boolean;
  /** Id of a dedicated host to provision on (not with `flavor`). */
  hostId?: number;
  publicVlan?: number;
  privateVlan?: number;
  /** Needs `publicVlan`. */
  publicSubnet?: number;
  /** Needs `privateVlan`. */
  privateSubnet?: number;
  /** Not with VLANs or subnets. */
  publicRouter?: number;
  /** Not with VLANs or subnets. */
  privateRouter?: number;
  /** User data for the guest's metadata service. */
  userdata?: string;
  /** Port speed in Mbps. */
  nicSpeed?: number;
  /** Disk capacities in GB: the first is the boot disk (device 0), the others devices 2, 3, … */
  disks?: readonly number[];
  /** An HTTPS URI of a script to run after provisioning. */
  postUri?: string;
  /** Private network only. */
  private?: boolean;
  /** Ids of SSH keys for the root user. */
  sshKeys?: readonly number[];
  /** Security group ids for the public interface. */
  publicSecurityGroups?: readonly number[];
  /** Security group ids for the private interface. */
  privateSecurityGroups?: readonly number[];
  /** `HVM` or `PV`. */
  bootMode?: string;
  /** A transient (preemptible) guest. */
  transient?: boolean;
  /** Tags to set once created, comma-separated (ignored by the verify methods, as in the reference). */
  tags?: string;
}

/** What `orderGuest` takes besides the creation options. */
export interface OrderGuestOptions extends CreateInstanceOptions {
  /** Id of a placement group. */
  placementId?: number;
}

/** What `upgrade` takes: the new sizes (the prices come from `getUpgradeItemPrices`). */
export interface UpgradeOptions extends CallControl {
  /** New number of CPUs (not with `preset`). */
  cpus?: number;
  /** New memory in GB, the capacity of the RAM item (not with `preset`). */
  memory?: number;
  /** New public port speed in Mbps. */
  nicSpeed?: number;
  /** Public (default) or private/dedicated cores. */
  public?: boolean;
  /** Key name of a preset (flavor) of the guest's package. */
  preset?: string;
}

/** What `waitForReady` takes. */
export interface WaitForReadyOptions extends PollOptions<SoftLayer_Virtual_Guest> {
  /** Also wait until no transaction at all is active (not only provisioning and OS reloads). */
  pending?: boolean;
}

/** What `getCreateOptions` resolves with (the reference's dictionary, its keys camel-cased). */
export interface VsCreateOptions {
  /** Datacenters: long name and short name. */
  locations: Array<{ name: string | undefined; key: string | undefined }>;
  ram: Array<CreateOptionItem & { capacity: number }>;
  database: CreateOptionItem[];
  operatingSystems: Array<CreateOptionItem & { referenceCode: string | undefined }>;
  guestCore: Array<CreateOptionItem & { capacity: number }>;
  portSpeed: Array<CreateOptionItem & { speed: number }>;
  /** Disks: `disk` is the category (`guest_disk0` …). */
  guestDisk: Array<CreateOptionItem & { capacity: number; disk: string }>;
  /** Presets (flavors) with their total hourly and monthly fees. */
  sizes: Array<{
    name: string | undefined;
    key: string | undefined;
    hourlyRecurringFee: number;
    recurringFee: number;
  }>;
  extras: CreateOptionItem[];
}

/** What `getBandwidthAllocation` resolves with. */
export interface BandwidthAllocation {
  /** The bandwidth allotted (`amount` in GB), when the guest has one. */
  allotment: SoftLayer_Network_Bandwidth_Version1_Allocation | undefined;
  /** This billing cycle's usage, one entry per network type. */
  usage: SoftLayer_Network_Bandwidth_Usage[];
}

const LIST_MASK = [
  'id',
  'globalIdentifier',
  'hostname',
  'domain',
  'fullyQualifiedDomainName',
  'primaryBackendIpAddress',
  'primaryIpAddress',
  'lastKnownPowerState.name',
  'powerState',
  'maxCpu',
  'maxMemory',
  'datacenter',
  'activeTransaction.transactionStatus[friendlyName,name]',
  'status',
].join(',');

const INSTANCE_MASK = [
  'id',
  'globalIdentifier',
  'fullyQualifiedDomainName',
  'hostname',
  'domain',
  'createDate',
  'modifyDate',
  'provisionDate',
  'notes',
  'dedicatedAccountHostOnlyFlag',
  'transientGuestFlag',
  'privateNetworkOnlyFlag',
  'primaryBackendIpAddress',
  'primaryIpAddress',
  'networkComponents[id,status,speed,maxSpeed,name,macAddress,primaryIpAddress,port,primarySubnet[addressSpace],securityGroupBindings[securityGroup[id,name]]]',
  'lastKnownPowerState.name',
  'powerState',
  'status',
  'maxCpu',
  'maxMemory',
  'datacenter',
  'activeTransaction[id,transactionStatus[friendlyName,name]]',
  'lastTransaction[transactionStatus,modifyDate,transactionGroup[name]]',
  'lastOperatingSystemReload.id',
  'blockDevices',
  'blockDeviceTemplateGroup[id,name,globalIdentifier]',
  'postInstallScriptUri',
  'operatingSystem[passwords[username,password],softwareLicense.softwareDescription[manufacturer,name,version,referenceCode]]',
  'softwareComponents[passwords[username,password,notes],softwareLicense[softwareDescription[manufacturer,name,version,referenceCode]]]',
  'hourlyBillingFlag',
  'userData',
  'billingItem[id,nextInvoiceTotalRecurringAmount,package[id,keyName],children[description,categoryCode,nextInvoiceTotalRecurringAmount],nextInvoiceChildren[description,categoryCode,recurringFee,nextInvoiceTotalRecurringAmount],orderItem[id,order.userRecord[username],preset.keyName]]',
  'tagReferences[id,tag[name,id]]',
  'networkVlans[id,vlanNumber,networkSpace]',
  'dedicatedHost.id',
  'monitoringServiceComponent',
  'networkMonitors[queryType,lastResult,responseAction]',
  'placementGroupId',
].join(',');

// The reference reads `mask[id, lastOperatingSystemReload[id], activeTransaction, provisionDate]`; we also read the
// transaction's status so that a timeout's `lastValue` says which step the guest is stuck at.

const CAPTURE_MASK = 'id,blockDevices[id,device,mountType,diskImage[id,metadataFlag,type[keyName]]]';

const UPGRADE_PRICE_MASK =
  'mask[id,locationGroupId,categories[name,id,categoryCode],item[description,capacity,units]]';

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

function checkIds(values: unknown, what: string): asserts values is readonly number[] {
  if (!Array.isArray(values)) throw invalid(`${what} must be a list of ids`);
  for (const value of values) checkPositive(value, `each of ${what}`);
}

function tagText(tags: string | readonly string[], what: string): string {
  if (typeof tags === 'string') return tags;
  if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) return tags.join(',');
  throw invalid(`${what}: tags must be comma-separated text or a list of strings`);
}

/** The Virtual_Guest::createObject template the reference builds (`_generate_create_dict`), checked first. */
export function createInstanceTemplate(options: CreateInstanceOptions): SoftLayer_Virtual_Guest {
  if (options === null || typeof options !== 'object')
    throw invalid('the creation options must be an object');
  checkText(options.hostname, 'hostname');
  checkText(options.domain, 'domain');
  const exclusive: Array<[keyof CreateInstanceOptions, keyof CreateInstanceOptions]> = [
    ['osCode', 'imageId'],
    ['cpus', 'flavor'],
    ['memory', 'flavor'],
    ['flavor', 'dedicated'],
    ['flavor', 'hostId'],
  ];
  for (const [one, other] of exclusive) {
    if (options[one] && options[other]) throw invalid(`give only one of ${one} and ${other}`);
  }
  if (options.cpus !== undefined) checkPositive(options.cpus, 'cpus');
  if (options.memory !== undefined) checkPositive(options.memory, 'memory');
  for (const key of [
    'hostId',
    'publicVlan',
    'privateVlan',
    'publicSubnet',
    'privateSubnet',
    'publicRouter',
    'privateRouter',
  ] as const) {
    if (options[key] !== undefined) checkPositive(options[key], key);
  }
  if (options.nicSpeed !== undefined) checkWhole(options.nicSpeed, 'nicSpeed');
  for (const key of [
    'flavor',
    'datacenter',
    'osCode',
    'imageId',
    'postUri',
    'bootMode',
    'userdata',
  ] as const) {
    if (options[key] !== undefined) checkText(options[key], key);
  }
  for (const key of ['hourly', 'localDisk', 'dedicated', 'private', 'transient'] as const) {
    checkFlag(options[key], key);
  }
  for (const key of ['sshKeys', 'publicSecurityGroups', 'privateSecurityGroups'] as const) {
    if (options[key] !== undefined) checkIds(options[key], key);
  }
  if (options.disks !== undefined) {
    if (!Array.isArray(options.disks) || options.disks.length === 0) {
      throw invalid('disks must be a non-empty list of capacities in GB');
    }
    for (const disk of options.disks) checkPositive(disk, 'each disk capacity');
  }

  const template: SoftLayer_Virtual_Guest = {
    hostname: options.hostname,
    domain: options.domain,
    localDiskFlag: options.localDisk ?? true,
    hourlyBillingFlag: options.hourly ?? true,
    supplementalCreateObjectOptions: {},
  };
  if (options.cpus !== undefined) template.startCpus = options.cpus;
  if (options.memory !== undefined) template.maxMemory = options.memory;
  if (options.bootMode) template.supplementalCreateObjectOptions = { bootMode: options.bootMode };
  if (options.flavor) {
    template.supplementalCreateObjectOptions = {
      ...template.supplementalCreateObjectOptions,
      flavorKeyName: options.flavor,
    };
  }
  if (options.dedicated && !options.hostId) template.dedicatedAccountHostOnlyFlag = true;
  if (options.hostId) template.dedicatedHost = { id: options.hostId };
  if (options.private) template.privateNetworkOnlyFlag = true;
  if (options.transient) template.transientGuestFlag = true;
  if (options.imageId) template.blockDeviceTemplateGroup = { globalIdentifier: options.imageId };
  else if (options.osCode) template.operatingSystemReferenceCode = options.osCode;
  if (options.datacenter) template.datacenter = { name: options.datacenter };
  Object.assign(template, networkComponents(options));
  if (options.publicSecurityGroups?.length) {
    template.primaryNetworkComponent = {
      ...template.primaryNetworkComponent,
      securityGroupBindings: options.publicSecurityGroups.map((id) => ({ securityGroup: { id } })),
    };
  }
  if (options.privateSecurityGroups?.length) {
    template.primaryBackendNetworkComponent = {
      ...template.primaryBackendNetworkComponent,
      securityGroupBindings: options.privateSecurityGroups.map((id) => ({ securityGroup: { id } })),
    };
  }
  if (options.userdata) template.userData = [{ value: options.userdata }];
  if (options.nicSpeed) template.networkComponents = [{ maxSpeed: options.nicSpeed }];
  if (options.disks) {
    template.blockDevices = options.disks.map((capacity, index) => ({
      device: String(index === 0 ? 0 : index + 1),
      diskImage: { capacity } as SoftLayer_Virtual_Disk_Image,
    }));
  }
  if (options.postUri) template.postInstallScriptUri = options.postUri;
  if (options.sshKeys?.length) template.sshKeys = options.sshKeys.map((id) => ({ id }));
  return template;
}

/** The reference's `_create_network_components`: routers, or VLANs with optional subnets. */
function networkComponents(options: CreateInstanceOptions): {
  primaryNetworkComponent?: SoftLayer_Virtual_Guest_Network_Component;
  primaryBackendNetworkComponent?: SoftLayer_Virtual_Guest_Network_Component;
} {
  const { publicVlan, privateVlan, publicSubnet, privateSubnet, publicRouter, privateRouter } = options;
  if ((privateRouter || publicRouter) && (privateVlan || publicVlan || privateSubnet || publicSubnet)) {
    throw invalid('give VLANs (optionally with subnets) or routers, not both');
  }
  if (publicSubnet && !publicVlan) throw invalid('publicSubnet needs publicVlan');
  if (privateSubnet && !privateVlan) throw invalid('privateSubnet needs privateVlan');
  const out: ReturnType<typeof networkComponents> = {};
  if (privateRouter) out.primaryBackendNetworkComponent = { router: { id: privateRouter } };
  if (publicRouter) out.primaryNetworkComponent = { router: { id: publicRouter } };
  if (privateVlan) {
    out.primaryBackendNetworkComponent = {
      networkVlan: { id: privateVlan, ...(privateSubnet ? { primarySubnet: { id: privateSubnet } } : {}) },
    };
  }
  if (publicVlan) {
    out.primaryNetworkComponent = {
      networkVlan: { id: publicVlan, ...(publicSubnet ? { primarySubnet: { id: publicSubnet } } : {}) },
    };
  }
  return out;
}

/** `YYYY-MM-DD HH:MM:SS+0000`, the reference's maintenance-window format, in UTC. */
function maintenanceWindow(now: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    `${now.getUTCFullYear()}-${two(now.getUTCMonth() + 1)}-${two(now.getUTCDate())} ` +
    `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}+0000`
  );
}

/** The item category names of a guest's data disks, by disk number (the reference's `disk_key_names`). */
const DISK_CATEGORY_NAMES = ['First Disk', 'Second Disk', 'Third Disk', 'Fourth Disk', 'Fifth Disk'];

/** The legacy cloud server package the reference reads disk categories from. */
const DISK_PRICES_PACKAGE_ID = 46;

/** The reference's `_get_price_id_for_upgrade_option` for cpus, memory and nic_speed. */
function upgradePriceId(
  prices: readonly SoftLayer_Product_Item_Price[],
  option: 'cpus' | 'memory' | 'nicSpeed',
  value: number,
  publicCores: boolean,
): number | undefined {
  const category = { cpus: 'guest_core', memory: 'ram', nicSpeed: 'port_speed' }[option];
  for (const price of prices) {
    const item = price.item;
    if (!price.categories || !item) continue;
    const privateCores = item.units === 'PRIVATE_CORE' || item.units === 'DEDICATED_CORE';
    for (const priceCategory of price.categories) {
      if (priceCategory.categoryCode !== category || String(item.capacity) !== String(value)) continue;
      if (option === 'cpus') {
        if (publicCores !== privateCores) return price.id;
      } else if (option === 'nicSpeed') {
        if (item.description?.includes('Public')) return price.id;
      } else return price.id;
    }
  }
  return undefined;
}

/**
 * The virtual servers of the account (`SoftLayer_Virtual_Guest`), as the reference client's `VSManager`: the same
 * API calls, typed results, and guests named by id, globalIdentifier, hostname or IP address.
 */
export class VsManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(ip) => this.#idsFromIp(ip), (hostname) => this.#idsFromHostname(hostname)];
  }

  /**
   * The account's guests (all pages), optionally only those matching the criteria. Differs from the reference on
   * purpose: with only `hourly` (or only `monthly`) the criteria go under `hourlyVirtualGuests` (or
   * `monthlyVirtualGuests`), the property the method lists — the reference puts them under `virtualGuests`, where
   * the API ignores them and returns every hourly (monthly) guest; and `hourly: false, monthly: false` is refused
   * (the reference lists every guest).
   */
  async listInstances(options: ListInstancesOptions = {}): Promise<ListResult<SoftLayer_Virtual_Guest>> {
    checkFlag(options.hourly, 'hourly');
    checkFlag(options.monthly, 'monthly');
    checkFlag(options.localDisk, 'localDisk');
    checkFlag(options.transient, 'transient');
    const hourly = options.hourly ?? true;
    const monthly = options.monthly ?? true;
    if (!hourly && !monthly) throw invalid('listInstances: hourly and monthly cannot both be false');
    const [method, property] =
      hourly && monthly
        ? (['getVirtualGuests', 'virtualGuests'] as const)
        : hourly
          ? (['getHourlyVirtualGuests', 'hourlyVirtualGuests'] as const)
          : (['getMonthlyVirtualGuests', 'monthlyVirtualGuests'] as const);

    const guests: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.tags !== undefined) {
      if (
        !Array.isArray(options.tags) ||
        !options.tags.every((tag) => typeof tag === 'string' && tag !== '')
      ) {
        throw invalid('listInstances: tags must be a list of non-empty strings');
      }
      if (options.tags.length > 0) {
        guests.tagReferences = {
          tag: { name: { operation: 'in', options: [{ name: 'data', value: [...options.tags] }] } },
        };
      }
    }
    if (options.cpus !== undefined) guests.maxCpu = wholeCriterion(options.cpus, 'cpus');
    if (options.memory !== undefined) guests.maxMemory = wholeCriterion(options.memory, 'memory');
    if (options.hostname !== undefined) guests.hostname = wholeCriterion(options.hostname, 'hostname');
    if (options.domain !== undefined) guests.domain = wholeCriterion(options.domain, 'domain');
    if (options.localDisk !== undefined) guests.localDiskFlag = queryFilter(options.localDisk);
    if (options.datacenter !== undefined) {
      guests.datacenter = { name: wholeCriterion(options.datacenter, 'datacenter') };
    }
    if (options.nicSpeed !== undefined) {
      guests.networkComponents = { maxSpeed: wholeCriterion(options.nicSpeed, 'nicSpeed') };
    }
    if (options.publicIp !== undefined)
      guests.primaryIpAddress = wholeCriterion(options.publicIp, 'publicIp');
    if (options.privateIp !== undefined) {
      guests.primaryBackendIpAddress = wholeCriterion(options.privateIp, 'privateIp');
    }
    if (options.transient !== undefined) guests.transientGuestFlag = queryFilter(options.transient);

    const own: ObjectFilter = Object.keys(guests).length === 0 ? {} : { [property]: guests };
    return this.#client.call(
      'Account',
      method,
      listOptions(options, { mask: LIST_MASK, own, everyPage: true }),
    );
  }

  /** One guest with the reference's detail mask (about 40 properties), or the properties `mask` asks for. */
  async getInstance(
    identifier: GuestIdentifier,
    options: GetInstanceOptions = {},
  ): Promise<SoftLayer_Virtual_Guest> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'getObject', {
      id,
      ...withMask(options.mask, INSTANCE_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * What a guest can be created with from the package `vsiType` (default `PUBLIC_CLOUD_SERVER`): datacenters, sizes
   * (presets) with their fees, operating systems, cores, RAM, disks, port speeds, databases and extras, with the
   * prices of `datacenter`'s location group when given. Throws `SL_NOT_FOUND` for an unknown package or datacenter.
   */
  async getCreateOptions(
    options: { vsiType?: string; datacenter?: string } & CallControl = {},
  ): Promise<VsCreateOptions> {
    const vsiType = options.vsiType ?? 'PUBLIC_CLOUD_SERVER';
    checkText(vsiType, 'getCreateOptions: vsiType');
    if (options.datacenter !== undefined) checkText(options.datacenter, 'getCreateOptions: datacenter');
    const { items, presets, regions, locationGroupId } = await readCreatePackage(
      this.#client,
      vsiType,
      options.datacenter,
      options.signal,
    );
    const result: VsCreateOptions = {
      locations: locationsOf(regions, options.datacenter),
      ram: [],
      database: [],
      operatingSystems: [],
      guestCore: [],
      portSpeed: [],
      guestDisk: [],
      sizes: sizesOf(presets, items, locationGroupId),
      extras: [],
    };
    for (const item of items) {
      const category = item.itemCategory?.categoryCode ?? '';
      const base = {
        name: item.description,
        key: item.keyName,
        prices: itemPrices(item.prices, locationGroupId),
      };
      const capacity = Number(item.capacity);
      if (category === 'os') {
        result.operatingSystems.push({
          ...base,
          name: item.softwareDescription?.longDescription,
          referenceCode: item.softwareDescription?.referenceCode,
        });
      } else if (category === 'database') result.database.push(base);
      else if (category === 'port_speed') result.portSpeed.push({ ...base, speed: capacity });
      else if (category === 'guest_core') result.guestCore.push({ ...base, capacity });
      else if (category === 'ram') result.ram.push({ ...base, capacity });
      else if (category.includes('guest_disk')) result.guestDisk.push({ ...base, capacity, disk: category });
      else if (EXTRA_CATEGORIES.has(category)) result.extras.push(base);
    }
    return result;
  }

  /** Cancels a guest at once (`deleteObject`): its data is gone. */
  async cancelInstance(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'deleteObject', { id, ...signalOption(options.signal) });
  }

  /**
   * Reloads the operating system (reformats the primary disk), optionally with a post-install script, SSH keys or
   * an image template; resolves with the API's message.
   */
  async reloadInstance(identifier: GuestIdentifier, options: ReloadInstanceOptions = {}): Promise<string> {
    const config: SoftLayer_Container_Hardware_Server_Configuration = {};
    if (options.postUri !== undefined) {
      checkText(options.postUri, 'reloadInstance: postUri');
      config.customProvisionScriptUri = options.postUri;
    }
    if (options.sshKeys !== undefined) {
      checkIds(options.sshKeys, 'reloadInstance: sshKeys');
      if (options.sshKeys.length > 0) config.sshKeyIds = [...options.sshKeys];
    }
    if (options.imageId !== undefined) {
      checkPositive(options.imageId, 'reloadInstance: imageId');
      config.imageTemplateId = options.imageId;
    }
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'reloadOperatingSystem', {
      id,
      args: ['FORCE', config],
      ...signalOption(options.signal),
    });
  }

  /**
   * Waits until a guest is ready (the reference's `utils.is_ready`: provisioned, no OS reload in flight, and with
   * `pending` no transaction at all) and resolves with the last read. Throws `ManagerError` `SL_WAIT_TIMEOUT` (the
   * last read in `lastValue`) after `timeoutMs` (default 1 hour), reading every `intervalMs` (default 10 s). The
   * reference resolves `false` on timeout instead.
   */
  async waitForReady(
    identifier: GuestIdentifier,
    options: WaitForReadyOptions = {},
  ): Promise<SoftLayer_Virtual_Guest> {
    checkFlag(options.pending, 'waitForReady: pending');
    const id = await this.resolveId(identifier, options);
    const { pending = false, ...poll } = options;
    return pollUntil(
      () =>
        this.#client.call('Virtual_Guest', 'getObject', {
          id,
          mask: READY_MASK,
          ...signalOption(options.signal),
        }),
      (guest) => isReady(guest, pending),
      `virtual server ${id} ready`,
      poll,
    );
  }

  /** Waits until a guest has no active transaction at all: `waitForReady` with `pending: true`. */
  async waitForTransaction(
    identifier: GuestIdentifier,
    options: PollOptions<SoftLayer_Virtual_Guest> = {},
  ): Promise<SoftLayer_Virtual_Guest> {
    return this.waitForReady(identifier, { ...options, pending: true });
  }

  /** Checks a new guest's options with `generateOrderTemplate` (nothing is ordered); resolves with the order. */
  async verifyCreateInstance(
    options: CreateInstanceOptions & CallControl,
  ): Promise<SoftLayer_Container_Product_Order> {
    const template = createInstanceTemplate(options);
    const order = await this.#client.call('Virtual_Guest', 'generateOrderTemplate', {
      args: [template],
      ...signalOption(options.signal),
    });
    // As the reference: generateOrderTemplate drops routers and subnets, so they go back into the order's guest.
    const first = order.virtualGuests?.[0];
    if (
      first &&
      (options.publicRouter || options.privateRouter || options.publicSubnet || options.privateSubnet)
    ) {
      Object.assign(first, networkComponents(options));
    }
    return order;
  }

  /** Creates a guest (`createObject`, billed!) and sets its `tags`; resolves with the new guest (still provisioning). */
  async createInstance(options: CreateInstanceOptions & CallControl): Promise<SoftLayer_Virtual_Guest> {
    const template = createInstanceTemplate(options);
    if (options.tags !== undefined) tagText(options.tags, 'createInstance');
    const guest = await this.#client.call('Virtual_Guest', 'createObject', {
      args: [template],
      ...signalOption(options.signal),
    });
    if (options.tags !== undefined) await this.setTags(options.tags, guest.id as number, options);
    return guest;
  }

  /** Creates several guests in one call (`createObjects`, billed!) and sets each one's `tags`. */
  async createInstances(
    configs: readonly CreateInstanceOptions[],
    options: CallControl = {},
  ): Promise<SoftLayer_Virtual_Guest[]> {
    if (!Array.isArray(configs) || configs.length === 0) {
      throw invalid('createInstances: give a non-empty list of guests');
    }
    const templates = configs.map((config) => createInstanceTemplate(config));
    for (const config of configs) if (config.tags !== undefined) tagText(config.tags, 'createInstances');
    const guests = await this.#client.call('Virtual_Guest', 'createObjects', {
      args: [templates],
      ...signalOption(options.signal),
    });
    for (const [index, guest] of guests.entries()) {
      const tags = configs[index]?.tags;
      if (tags !== undefined) await this.setTags(tags, guest.id as number, options);
    }
    return guests;
  }

  /**
   * Orders a guest through `Product_Order` (what `createObject` cannot do, e.g. placement groups): the order from
   * `verifyCreateInstance`, with the user data, dedicated host and placement group added; `test` only verifies it.
   * Resolves with the receipt (placed) or the checked order (test).
   */
  orderGuest(
    guest: OrderGuestOptions,
    options: { test: true } & CallControl,
  ): Promise<SoftLayer_Container_Product_Order>;
  orderGuest(
    guest: OrderGuestOptions,
    options?: { test?: false } & CallControl,
  ): Promise<SoftLayer_Container_Product_Order_Receipt>;
  async orderGuest(
    guest: OrderGuestOptions,
    options: { test?: boolean } & CallControl = {},
  ): Promise<SoftLayer_Container_Product_Order_Receipt | SoftLayer_Container_Product_Order> {
    checkFlag(options.test, 'orderGuest: test');
    if (guest?.placementId !== undefined) checkPositive(guest.placementId, 'orderGuest: placementId');
    if (guest?.tags !== undefined) tagText(guest.tags, 'orderGuest');
    const template: SoftLayer_Container_Product_Order & { hostId?: number } = await this.verifyCreateInstance(
      {
        ...guest,
        ...signalOption(options.signal),
      },
    );
    const first = template.virtualGuests?.[0];
    if (guest.userdata && first) first.userData = [{ value: guest.userdata }];
    if (guest.hostId) template.hostId = guest.hostId;
    if (guest.placementId && first) first.placementGroupId = guest.placementId;
    if (options.test) {
      return this.#client.call('Product_Order', 'verifyOrder', {
        args: [template],
        ...signalOption(options.signal),
      });
    }
    const receipt = await this.#client.call('Product_Order', 'placeOrder', {
      args: [template],
      ...signalOption(options.signal),
    });
    if (guest.tags !== undefined) {
      for (const placed of receipt.orderDetails?.virtualGuests ?? []) {
        if (placed.id !== undefined) await this.setTags(guest.tags, placed.id, options);
      }
    }
    return receipt;
  }

  /** Replaces a guest's tags (comma-separated text or a list; `''` removes them all). */
  async setTags(
    tags: string | readonly string[],
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<boolean> {
    const text = tagText(tags, 'setTags');
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'setTags', {
      id,
      args: [text],
      ...signalOption(options.signal),
    });
  }

  /** Sets the speed (Mbps) of the public (`isPublic`) or private interface; 0 disconnects it. */
  async changePortSpeed(
    identifier: GuestIdentifier,
    isPublic: boolean,
    speed: number,
    options: CallControl = {},
  ): Promise<boolean> {
    if (typeof isPublic !== 'boolean') throw invalid('changePortSpeed: say true (public) or false (private)');
    checkWhole(speed, 'changePortSpeed: speed');
    const id = await this.resolveId(identifier, options);
    return this.#client.call(
      'Virtual_Guest',
      isPublic ? 'setPublicNetworkInterfaceSpeed' : 'setPrivateNetworkInterfaceSpeed',
      { id, args: [speed], ...signalOption(options.signal) },
    );
  }

  /**
   * Changes a guest's user data, tags, hostname, domain and/or notes; what is not given stays. As the reference:
   * `setUserMetadata`, then `setTags`, then `editObject` (only for hostname, domain, notes). Differs on purpose:
   * `notes: ''` clears the notes (the reference ignores it), and giving nothing at all is refused.
   */
  async edit(
    identifier: GuestIdentifier,
    changes: {
      userdata?: string;
      hostname?: string;
      domain?: string;
      notes?: string;
      tags?: string | readonly string[];
    } & CallControl,
  ): Promise<boolean> {
    const { userdata, hostname, domain, notes, tags } = changes ?? {};
    if ([userdata, hostname, domain, notes, tags].every((value) => value === undefined)) {
      throw invalid('edit: give userdata, tags, hostname, domain or notes');
    }
    if (userdata !== undefined) checkText(userdata, 'edit: userdata');
    if (hostname !== undefined) checkText(hostname, 'edit: hostname');
    if (domain !== undefined) checkText(domain, 'edit: domain');
    if (notes !== undefined && typeof notes !== 'string') throw invalid('edit: notes must be text');
    const tagsText = tags === undefined ? undefined : tagText(tags, 'edit');
    const id = await this.resolveId(identifier, changes);
    const control = signalOption(changes.signal);
    if (userdata !== undefined) {
      await this.#client.call('Virtual_Guest', 'setUserMetadata', { id, args: [[userdata]], ...control });
    }
    if (tagsText !== undefined) {
      await this.#client.call('Virtual_Guest', 'setTags', { id, args: [tagsText], ...control });
    }
    const template: SoftLayer_Virtual_Guest = {};
    if (hostname !== undefined) template.hostname = hostname;
    if (domain !== undefined) template.domain = domain;
    if (notes !== undefined) template.notes = notes;
    if (Object.keys(template).length === 0) return true;
    return this.#client.call('Virtual_Guest', 'editObject', { id, args: [template], ...control });
  }

  /** Reboots a guest into the rescue kernel. */
  async rescue(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'executeRescueLayer', { id, ...signalOption(options.signal) });
  }

  /**
   * Captures a guest's boot disk (with `additionalDisks`, every data disk too; never swap, metadata or CD devices)
   * to a new image template; resolves with what `createArchiveTemplate` answers.
   */
  async capture(
    identifier: GuestIdentifier,
    name: string,
    options: { additionalDisks?: boolean; notes?: string } & CallControl = {},
  ): Promise<SoftLayer_Virtual_Guest_Block_Device_Template_Group> {
    checkText(name, 'capture: name');
    checkFlag(options.additionalDisks, 'capture: additionalDisks');
    if (options.notes !== undefined && typeof options.notes !== 'string')
      throw invalid('capture: notes must be text');
    const id = await this.resolveId(identifier, options);
    const guest = await this.#client.call('Virtual_Guest', 'getObject', {
      id,
      mask: CAPTURE_MASK,
      ...signalOption(options.signal),
    });
    const disks = (guest.blockDevices ?? []).filter((device: SoftLayer_Virtual_Guest_Block_Device) => {
      if (device.diskImage?.metadataFlag) return false;
      if (device.diskImage?.type?.keyName === 'SWAP') return false;
      if (device.mountType === 'CD') return false;
      return Boolean(options.additionalDisks) || String(device.device) === '0';
    });
    if (disks.length === 0)
      throw new ManagerError('SL_NOT_FOUND', `virtual server ${id} has no disk to capture`);
    return this.#client.call('Virtual_Guest', 'createArchiveTemplate', {
      id,
      args: options.notes === undefined ? [name, disks] : [name, disks, options.notes],
      ...signalOption(options.signal),
    });
  }

  /**
   * Upgrades (or downgrades) a guest's CPUs, memory (GB), public port speed or preset through a
   * `…_Virtual_Guest_Upgrade` order placed now; resolves true once placed. Throws `SL_NOT_FOUND` when the guest
   * has no upgrade price for a value.
   */
  async upgrade(identifier: GuestIdentifier, options: UpgradeOptions): Promise<boolean> {
    const { cpus, memory, nicSpeed, preset } = options ?? {};
    const publicCores = options?.public ?? true;
    checkFlag(options?.public, 'upgrade: public');
    if (preset !== undefined) {
      checkText(preset, 'upgrade: preset');
      if (cpus !== undefined || memory !== undefined)
        throw invalid('upgrade: give cpus and memory, or a preset');
    }
    if (cpus !== undefined) checkPositive(cpus, 'upgrade: cpus');
    if (memory !== undefined) checkPositive(memory, 'upgrade: memory');
    if (nicSpeed !== undefined) checkPositive(nicSpeed, 'upgrade: nicSpeed');
    if ([cpus, memory, nicSpeed, preset].every((value) => value === undefined)) {
      throw invalid('upgrade: give cpus, memory, nicSpeed or a preset');
    }
    const id = await this.#numericId(identifier, options);
    const control = signalOption(options.signal);
    const upgradePrices = await this.#client.call('Virtual_Guest', 'getUpgradeItemPrices', {
      id,
      args: [true],
      mask: UPGRADE_PRICE_MASK,
      ...control,
    });
    const prices: SoftLayer_Product_Item_Price[] = [];
    for (const [option, value] of [
      ['nicSpeed', nicSpeed],
      ['cpus', cpus],
      ['memory', memory],
    ] as const) {
      if (value === undefined) continue;
      const priceId = upgradePriceId(upgradePrices, option, value, publicCores);
      if (priceId === undefined) {
        throw new ManagerError(
          'SL_NOT_FOUND',
          `upgrade: no ${option} option with value ${value} for guest ${id}`,
        );
      }
      prices.push({ id: priceId });
    }
    const order: SoftLayer_Container_Product_Order = {
      complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest_Upgrade',
      properties: [{ name: 'MAINTENANCE_WINDOW', value: maintenanceWindow(new Date()) }],
      virtualGuests: [{ id }],
      ...(prices.length > 0 ? { prices } : {}),
    };
    if (preset !== undefined) order.presetId = await this.#presetId(id, preset, control.signal);
    await this.#client.call('Product_Order', 'placeOrder', { args: [order], ...control });
    return true;
  }

  /** The bandwidth allotted to a guest and its usage in this billing cycle. */
  async getBandwidthAllocation(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<BandwidthAllocation> {
    const id = await this.resolveId(identifier, options);
    const control = signalOption(options.signal);
    const allotment = await this.#client.call('Virtual_Guest', 'getBandwidthAllotmentDetail', {
      id,
      mask: 'mask[allocation[amount]]',
      ...control,
    });
    const usage = await this.#client.call('Virtual_Guest', 'getBillingCycleBandwidthUsage', {
      id,
      mask: 'mask[amountIn,amountOut,type]',
      ...control,
    });
    return { allotment: allotment?.allocation ?? undefined, usage: [...(usage ?? [])] };
  }

  /** The network storage of type `nasType` (`ISCSI`, `NAS`, …) attached to a guest. */
  async getStorageDetails(
    identifier: GuestIdentifier,
    nasType: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    checkText(nasType, 'getStorageDetails: nasType');
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'getAttachedNetworkStorages', {
      id,
      args: [nasType],
      mask: 'mask[id,username,capacityGb,notes,serviceResourceBackendIpAddress,allowedVirtualGuests[id,datacenter]]',
      ...signalOption(options.signal),
    });
  }

  /** The credentials a guest uses for network storage (its allowed host); `null` when it has none. */
  async getStorageCredentials(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Allowed_Host | null> {
    const id = await this.resolveId(identifier, options);
    const host: SoftLayer_Network_Storage_Allowed_Host | null = await this.#client.call(
      'Virtual_Guest',
      'getAllowedHost',
      { id, mask: 'mask[credential]', ...signalOption(options.signal) },
    );
    return host ?? null;
  }

  /** The portable storage volumes attached to a guest. */
  async getPortableStorage(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Virtual_Disk_Image[]> {
    const id = await this.#numericId(identifier, options);
    return this.#client.call('Account', 'getPortableStorageVolumes', {
      filter: { portableStorageVolumes: { blockDevices: { guest: { id: { operation: id } } } } },
      ...signalOption(options.signal),
    });
  }

  /** A guest's local disks (block devices with their disk images). */
  async getLocalDisks(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Virtual_Guest_Block_Device[]> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'getBlockDevices', {
      id,
      mask: 'mask[diskImage]',
      ...signalOption(options.signal),
    });
  }

  /** The account's hardware that hosts virtual guests, with those guests and their power states. */
  async getHardwareGuests(options: CallControl = {}): Promise<SoftLayer_Hardware[]> {
    return this.#client.call('Account', 'getHardware', {
      mask: 'mask[virtualHost[guests[powerState]]]',
      filter: { hardware: { virtualHost: { id: { operation: 'not null' } } } },
      ...signalOption(options.signal),
    });
  }

  /**
   * The id of the item category of data disk `diskNumber` (1–5: `First Disk` … `Fifth Disk`) for disks of
   * `capacity` GB, read from the standard (location-less) prices of the SAN disk items; undefined when none has it.
   */
  async getDiskCategoryIdByDiskNumber(
    capacity: number,
    diskNumber: number,
    options: CallControl = {},
  ): Promise<number | undefined> {
    checkPositive(capacity, 'capacity', 'getDiskCategoryIdByDiskNumber');
    checkWhole(diskNumber, 'getDiskCategoryIdByDiskNumber: diskNumber', { min: 1, max: 5 });
    const wanted = DISK_CATEGORY_NAMES[diskNumber - 1];
    const prices = await this.#client.call('Product_Package', 'getItemPrices', {
      id: DISK_PRICES_PACKAGE_ID,
      mask: 'mask[id,locationGroupId,item[capacity,description,keyName],categories]',
      filter: {
        itemPrices: {
          locationGroupId: { operation: 'is null' },
          item: { keyName: { operation: `*= GUEST_DISK_${capacity}_GB_SAN` } },
        },
      },
      ...signalOption(options.signal),
    });
    for (const price of prices) {
      const found = (price.categories ?? []).find((category) => category.name === wanted);
      if (found?.id !== undefined) return found.id;
    }
    return undefined;
  }

  /** The id of a guest's metric tracking object (for `Metric_Tracking_Object` calls). */
  async getTrackingId(identifier: GuestIdentifier, options: CallControl = {}): Promise<number> {
    const id = await this.resolveId(identifier, options);
    return trackingId(this.#client, 'Virtual_Guest', id, options.signal);
  }

  /**
   * A guest's averaged bandwidth over a period (every data point: `dateTime`, `counter` in bytes, `type` such as
   * `publicIn_net_octet`), `rollup` seconds a point (default 3600).
   */
  async getBandwidthData(
    identifier: GuestIdentifier,
    options: BandwidthDataOptions,
  ): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
    checkBandwidthOptions(options);
    const id = await this.resolveId(identifier, options);
    return bandwidthData(this.#client, 'Virtual_Guest', id, options);
  }

  /** The maximum of a metric (`validType`: `CPU0`, `MEMORY_USAGE`, …) over each `summaryPeriod` of a time span. */
  async getSummaryDataUsage(
    identifier: GuestIdentifier,
    options: SummaryDataOptions,
  ): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
    checkSummaryOptions(options);
    const id = await this.resolveId(identifier, options);
    return summaryData(this.#client, 'Virtual_Guest', id, options);
  }

  /**
   * Moves a guest that needs it to a new host (`migrate`); the API refuses a guest that has nothing pending.
   * Resolves with the migration transaction.
   */
  async migrate(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Provisioning_Version1_Transaction> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'migrate', { id, ...signalOption(options.signal) });
  }

  /** Moves a guest onto one of the account's dedicated hosts (`migrateDedicatedHost`, by the host's id). */
  async migrateDedicated(
    identifier: GuestIdentifier,
    hostId: number,
    options: CallControl = {},
  ): Promise<boolean> {
    checkPositive(hostId, 'the dedicated host id', 'migrateDedicated');
    const id = await this.resolveId(identifier, options);
    await this.#client.call('Virtual_Guest', 'migrateDedicatedHost', {
      id,
      args: [hostId],
      ...signalOption(options.signal),
    });
    return true;
  }

  /** Authorizes a guest to mount a storage volume given by its username; `SL_NOT_FOUND` when there is none. */
  async authorizeStorage(
    identifier: GuestIdentifier,
    username: string,
    options: CallControl = {},
  ): Promise<boolean> {
    checkText(username, 'the storage username', 'authorizeStorage');
    const id = await this.resolveId(identifier, options);
    return authorizeStorage(this.#client, 'Virtual_Guest', id, username, options.signal);
  }

  /** Attaches a portable storage volume (a disk image id, from `getPortableStorage`); resolves with the transaction. */
  async attachPortableStorage(
    identifier: GuestIdentifier,
    portableId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Provisioning_Version1_Transaction> {
    checkPositive(portableId, 'the portable storage id', 'attachPortableStorage');
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'attachDiskImage', {
      id,
      args: [portableId],
      ...signalOption(options.signal),
    });
  }

  /** Who opened the guest's console in a browser, when and from where. */
  async browserAccessLog(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<SoftLayer_Virtual_BrowserConsoleAccessLog[]> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', 'getBrowserConsoleAccessLogs', {
      id,
      mask: 'createDate,eventType,id,message,sourceIp,sourcePort,username',
      ...signalOption(options.signal),
    });
  }

  /** The users told about the guest's monitoring alerts. */
  async getNotifications(
    identifier: GuestIdentifier,
    options: CallControl = {},
  ): Promise<ServerNotification[]> {
    const id = await this.#numericId(identifier, options);
    return listNotifications(this.#client, 'guest', id, options.signal);
  }

  /** Tells a user (by id) about the guest's monitoring alerts; resolves with the notification and its user. */
  async addNotification(
    identifier: GuestIdentifier,
    userId: number,
    options: CallControl = {},
  ): Promise<ServerNotification> {
    checkPositive(userId, 'the user id', 'addNotification');
    const id = await this.#numericId(identifier, options);
    return addNotification(this.#client, 'guest', id, userId, options.signal);
  }

  /** Stops a notification (its id, from `getNotifications`). */
  async removeNotification(notificationId: number, options: CallControl = {}): Promise<boolean> {
    return removeNotification(this.#client, 'guest', notificationId, options.signal);
  }

  /** Powers a guest on. */
  async powerOn(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    return this.#power(identifier, 'powerOn', options);
  }

  /** Powers a guest off: `soft` (default) asks the OS to shut down, `hard` cuts the power. */
  async powerOff(
    identifier: GuestIdentifier,
    options: { mode?: 'soft' | 'hard' } & CallControl = {},
  ): Promise<boolean> {
    const mode = options.mode ?? 'soft';
    if (mode !== 'soft' && mode !== 'hard') throw invalid(`powerOff: mode must be 'soft' or 'hard'`);
    return this.#power(identifier, mode === 'hard' ? 'powerOff' : 'powerOffSoft', options);
  }

  /** Power-cycles a guest (off, then on). */
  async powerCycle(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    return this.#power(identifier, 'powerCycle', options);
  }

  /**
   * Reboots a guest: `default` (the default) lets the API choose (soft, then hard if needed), `soft` asks the OS,
   * `hard` resets it.
   */
  async reboot(
    identifier: GuestIdentifier,
    options: { mode?: 'default' | 'soft' | 'hard' } & CallControl = {},
  ): Promise<boolean> {
    const mode = options.mode ?? 'default';
    if (mode !== 'default' && mode !== 'soft' && mode !== 'hard') {
      throw invalid(`reboot: mode must be 'default', 'soft' or 'hard'`);
    }
    const method = mode === 'hard' ? 'rebootHard' : mode === 'soft' ? 'rebootSoft' : 'rebootDefault';
    return this.#power(identifier, method, options);
  }

  /** Pauses a guest (its memory is kept). */
  async pause(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    return this.#power(identifier, 'pause', options);
  }

  /** Resumes a paused guest. */
  async resume(identifier: GuestIdentifier, options: CallControl = {}): Promise<boolean> {
    return this.#power(identifier, 'resume', options);
  }

  /**
   * The ids of the guests an identifier names: an id, a globalIdentifier, an IPv4 address (public first, then
   * private), or a hostname (the search shorthand: `web*` may name several).
   */
  resolveIds(identifier: GuestIdentifier, options: CallControl = {}): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#withSignal(options.signal));
  }

  /** The one guest an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: GuestIdentifier, options: CallControl = {}): Promise<number | string> {
    return resolveId(identifier, this.#withSignal(options.signal), 'virtual server');
  }

  #withSignal(signal: AbortSignal | undefined): readonly IdResolver[] {
    if (signal === undefined) return this.#resolvers;
    return [(ip) => this.#idsFromIp(ip, signal), (hostname) => this.#idsFromHostname(hostname, signal)];
  }

  async #idsFromIp(ip: string, signal?: AbortSignal): Promise<number[]> {
    if (!IPV4.test(ip)) return [];
    const ids = (guests: readonly SoftLayer_Virtual_Guest[]) => guests.map((guest) => guest.id as number);
    const byPublic = await this.listInstances({ publicIp: ip, mask: 'id', ...signalOption(signal) });
    if (byPublic.length > 0) return ids(byPublic);
    return ids(await this.listInstances({ privateIp: ip, mask: 'id', ...signalOption(signal) }));
  }

  async #idsFromHostname(hostname: string, signal?: AbortSignal): Promise<number[]> {
    const guests = await this.listInstances({ hostname, mask: 'id', ...signalOption(signal) });
    return guests.map((guest) => guest.id as number);
  }

  /** The numeric id (a globalIdentifier is looked up), for calls that need the number itself. */
  async #numericId(identifier: GuestIdentifier, options: CallControl): Promise<number> {
    const id = await this.resolveId(identifier, options);
    if (typeof id === 'number') return id;
    const guest = await this.#client.call('Virtual_Guest', 'getObject', {
      id,
      mask: 'id',
      ...signalOption(options.signal),
    });
    return guest.id as number;
  }

  async #power(
    identifier: GuestIdentifier,
    method:
      | 'powerOn'
      | 'powerOff'
      | 'powerOffSoft'
      | 'powerCycle'
      | 'rebootDefault'
      | 'rebootSoft'
      | 'rebootHard'
      | 'pause'
      | 'resume',
    options: CallControl,
  ): Promise<boolean> {
    const id = await this.resolveId(identifier, options);
    return this.#client.call('Virtual_Guest', method, { id, ...signalOption(options.signal) });
  }

  /** The reference's `ordering.get_preset_by_key` for the guest's package. */
  async #presetId(id: number, preset: string, signal: AbortSignal | undefined): Promise<number> {
    const control = signalOption(signal);
    const guest = await this.#client.call('Virtual_Guest', 'getObject', {
      id,
      mask: INSTANCE_MASK,
      ...control,
    });
    const packageKey = guest.billingItem?.package?.keyName;
    if (!packageKey)
      throw new ManagerError('SL_NOT_FOUND', `upgrade: guest ${id} has no package to take a preset from`);
    const packages = await this.#client.call('Product_Package', 'getAllObjects', {
      mask: 'id',
      filter: { keyName: { operation: packageKey } },
      ...control,
    });
    const packageId = packages[packages.length - 1]?.id;
    if (packageId === undefined) throw new ManagerError('SL_NOT_FOUND', `upgrade: no package ${packageKey}`);
    const operation = `_= ${preset}`;
    const filter = {
      activePresets: { keyName: { operation } },
      accountRestrictedActivePresets: { keyName: { operation } },
    };
    const restricted = await this.#client.call('Product_Package', 'getAccountRestrictedActivePresets', {
      id: packageId,
      filter,
      ...control,
    });
    const active = await this.#client.call('Product_Package', 'getActivePresets', {
      id: packageId,
      filter,
      ...control,
    });
    const found = [...active, ...restricted][0]?.id;
    if (found === undefined) {
      throw new ManagerError('SL_NOT_FOUND', `upgrade: no preset ${preset} in package ${packageKey}`);
    }
    return found;
  }
}
