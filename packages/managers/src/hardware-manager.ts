import type { CallMask, ListResult, SoftLayerClient } from '@sl/client';
import type { FilterCondition, ObjectFilter } from '@sl/filter';
import type {
  SoftLayer_Container_Hardware_Server_Configuration,
  SoftLayer_Container_Product_Order,
  SoftLayer_Container_Product_Order_Receipt,
  SoftLayer_Container_RemoteManagement_SensorReading,
  SoftLayer_Hardware,
  SoftLayer_Hardware_Component,
  SoftLayer_Hardware_Server,
  SoftLayer_Metric_Tracking_Object_Data,
  SoftLayer_Network_Bandwidth_Usage,
  SoftLayer_Network_Bandwidth_Version1_Allocation,
  SoftLayer_Network_Storage,
  SoftLayer_Network_Storage_Allowed_Host,
  SoftLayer_Product_Item_Price,
  SoftLayer_Provisioning_Maintenance_Window,
  SoftLayer_Software_Component,
  SoftLayer_Software_Component_Password,
} from '@sl/types';
import { checkFlag, checkPositive, checkText, criterion, invalid } from './check-input';
import { isReady, READY_MASK } from './guest-readiness';
import {
  checkHardwareOrder,
  type HardwareCreateOptions,
  type HardwareOrderOptions,
  hardwareCreateOptions,
  hardwareOrderArguments,
} from './hardware-order';
import {
  checkHardwareUpgrade,
  HARDWARE_UPGRADE_PRICE_MASK,
  type HardwareUpgradeOptions,
  hardwareUpgradePrices,
} from './hardware-upgrade';
import { type CallControl, type ListOptions, listOptions, signalOption, withMask } from './list-options';
import { ManagerError } from './manager-error';
import { OrderingManager } from './ordering-manager';
import { type PollOptions, pollUntil } from './poll-until';
import { type IdResolver, resolveId, resolveIds } from './resolve-ids';
import {
  type BandwidthDataOptions,
  bandwidthData,
  checkBandwidthOptions,
  trackingId,
} from './server-monitoring';
import {
  addNotification,
  listNotifications,
  removeNotification,
  type ServerNotification,
} from './server-notifications';
import { authorizeStorage, storageCredentials, storageDetails } from './storage-authorization';

/** The reasons `cancelHardware` takes (keys) and the text sent to the API for each (values). */
const CANCELLATION_REASONS = {
  unneeded: 'No longer needed',
  closing: 'Business closing down',
  cost: 'Server / Upgrade Costs',
  migrate_larger: 'Migrating to larger server',
  migrate_smaller: 'Migrating to smaller server',
  datacenter: 'Migrating to a different SoftLayer datacenter',
  performance: 'Network performance / latency',
  support: 'Support response / timing',
  sales: 'Sales process / upgrades',
  moving: 'Moving to competitor',
} as const;

/** A key of `HardwareManager.getCancellationReasons()`. */
export type HardwareCancellationReason = keyof typeof CANCELLATION_REASONS;

/** The reference's default mask of `list_hardware` (common properties, and the server's active transaction). */
const LIST_HARDWARE_MASK =
  '[mask[id,hostname,domain,hardwareStatusId,globalIdentifier,fullyQualifiedDomainName,' +
  'processorPhysicalCoreAmount,memoryCapacity,primaryBackendIpAddress,primaryIpAddress,datacenter],' +
  ' mask(SoftLayer_Hardware_Server)[activeTransaction[id, transactionStatus[friendlyName,name]]]]';

const SOFTWARE_DESCRIPTION = 'softwareLicense[softwareDescription[manufacturer,name,version,referenceCode]]';

/** The reference's default mask of `get_hardware`. */
const GET_HARDWARE_MASK = [
  'id',
  'globalIdentifier',
  'fullyQualifiedDomainName',
  'hostname',
  'domain',
  'provisionDate',
  'hardwareStatus',
  'bareMetalInstanceFlag',
  'processorPhysicalCoreAmount',
  'memoryCapacity',
  'notes',
  'privateNetworkOnlyFlag',
  'primaryBackendIpAddress',
  'primaryIpAddress',
  'networkManagementIpAddress',
  'userData',
  'activeComponents[id,hardwareComponentModel[hardwareGenericComponentModel[id,hardwareComponentType[keyName]]]]',
  'datacenter',
  'networkComponents[id,status,speed,maxSpeed,name,ipmiMacAddress,ipmiIpAddress,macAddress,primaryIpAddress,' +
    'port,primarySubnet[id,netmask,broadcastAddress,networkIdentifier,gateway]]',
  'hardwareChassis[id,name]',
  'activeTransaction[id,transactionStatus[friendlyName,name]]',
  `operatingSystem[${SOFTWARE_DESCRIPTION},passwords[username,password]]`,
  `softwareComponents[${SOFTWARE_DESCRIPTION},passwords[id,username,password]]`,
  'billingItem[id,nextInvoiceTotalRecurringAmount,nextInvoiceChildren[nextInvoiceTotalRecurringAmount],' +
    'orderItem.order.userRecord[username]]',
  'lastTransaction[transactionGroup]',
  'hourlyBillingFlag',
  'tagReferences[id,tag[name,id]]',
  'networkVlans[id,vlanNumber,networkSpace]',
  'monitoringServiceComponent',
  'networkMonitors[queryType,lastResult,responseAction]',
  'remoteManagementAccounts[username,password]',
].join(',');

/** What `cancelHardware` reads before cancelling (the reference's mask). */
const CANCEL_MASK =
  'mask[id, hourlyBillingFlag, billingItem[id], openCancellationTicket[id], activeTransaction]';

const IMMEDIATE_RECLAIM_MESSAGE = 'Please reclaim this server ASAP, it is no longer needed. Thankyou.';

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** What `HardwareManager.listHardware` takes: criteria use the reference's search shorthand (`db*`, `>= 8`, …). */
export interface ListHardwareOptions extends ListOptions {
  /** Only servers with any of these tags. */
  tags?: readonly string[];
  /** Physical cores. */
  cpus?: number | string;
  /** Memory in GB. */
  memory?: number | string;
  hostname?: string;
  domain?: string;
  /** Datacenter short name (`dal05`). */
  datacenter?: string;
  /** Maximum speed of a network component, in Mbps. */
  nicSpeed?: number | string;
  publicIp?: string;
  privateIp?: string;
}

/** What `HardwareManager.edit` changes; what is left out stays. */
export interface EditHardwareChanges extends CallControl {
  /** User data (replaces the existing user data). */
  userdata?: string;
  hostname?: string;
  domain?: string;
  notes?: string;
  /** Tags as a comma-separated list; `''` removes every tag. */
  tags?: string;
}

/** What `HardwareManager.reload` takes. */
export interface ReloadHardwareOptions extends CallControl {
  /** The URI of a script to run after the reload. */
  postUri?: string;
  /** Ids of SSH keys to add to the root user. */
  sshKeys?: readonly number[];
  /** Use LVM for all logical drives. */
  lvm?: boolean;
}

/** What `HardwareManager.cancelHardware` takes. */
export interface CancelHardwareOptions extends CallControl {
  /** A key of `getCancellationReasons()` (default `unneeded`). */
  reason?: HardwareCancellationReason;
  comment?: string;
  /**
   * Ask for the server to be reclaimed as soon as possible. Hourly servers are cancelled at once; for monthly servers
   * (as the reference) the cancellation ticket is updated with the request, which a human still reviews.
   */
  immediate?: boolean;
}

/** What `HardwareManager.getBandwidthAllocation` resolves with. */
export interface HardwareBandwidthAllocation {
  /** The allotment (`allocation` of `getBandwidthAllotmentDetail`); undefined when the server has none. */
  allotment: SoftLayer_Network_Bandwidth_Version1_Allocation | undefined;
  /** This billing cycle's usage. */
  usage: SoftLayer_Network_Bandwidth_Usage[];
}

/** What `HardwareManager.updateFirmware` updates (each true unless told). */
export interface FirmwareUpdateOptions extends CallControl {
  ipmi?: boolean;
  raidController?: boolean;
  bios?: boolean;
  hardDrive?: boolean;
}

/** What `HardwareManager.reflashFirmware` reflashes (each true unless told). */
export type FirmwareReflashOptions = Omit<FirmwareUpdateOptions, 'hardDrive'>;

/** What `HardwareManager.createCredential` takes: a software component's new user and password. */
export type CredentialTemplate = SoftLayer_Software_Component_Password;

/** The components `getComponents` reads by default: models, types and firmware versions (newest first). */
const COMPONENTS_MASK =
  'id,hardwareComponentModel[longDescription,hardwareGenericComponentModel[description,' +
  'hardwareComponentType[keyName]],firmwares[createDate,version]]';

/** `YYYY-MM-DDT00:00:00.0000-06:00` of a day (the reference's maintenance-window bounds, local date). */
function windowDay(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T00:00:00.0000-06:00`;
}

/** `YYYY-MM-DD HH:MM:SS+0000` in UTC, the reference's maintenance-window form. */
function maintenanceWindowText(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace('T', ' ')}+0000`;
}

/** What `HardwareManager.waitForReady` takes. */
export interface WaitForHardwareOptions extends PollOptions<SoftLayer_Hardware_Server> {
  /** Also wait until no transaction at all is active (not only provisioning and OS reloads). */
  pending?: boolean;
}

/** The firmware flags in the API's order, each true unless `false`; at least one must be true. */
function firmwareFlags(
  options: FirmwareUpdateOptions,
  names: ReadonlyArray<'ipmi' | 'raidController' | 'bios' | 'hardDrive'>,
  method: string,
): boolean[] {
  const flags = names.map((name) => {
    checkFlag(options?.[name], `${method}: ${name}`);
    return options?.[name] !== false;
  });
  if (!flags.some(Boolean)) throw invalid(`${method}: choose at least one of ${names.join(', ')}`);
  return flags;
}

/**
 * The hardware servers of the account (`SoftLayer_Hardware_Server`: dedicated and bare metal), as the reference
 * client's `HardwareManager`: the same API calls, typed results, and hostnames or IP addresses resolved to ids.
 */
export class HardwareManager {
  readonly #client: SoftLayerClient;
  readonly #resolvers: readonly IdResolver[];

  constructor(client: SoftLayerClient) {
    this.#client = client;
    this.#resolvers = [(ip) => this.#idsFromIp(ip), (hostname) => this.#idsFromHostname(hostname)];
  }

  /**
   * The account's servers (every page), optionally only those matching the criteria. The default mask is the
   * reference's: identity, cores, memory, addresses, datacenter and the active transaction.
   */
  async listHardware(options: ListHardwareOptions = {}): Promise<ListResult<SoftLayer_Hardware>> {
    const where = 'listHardware';
    const hardware: Record<string, ObjectFilter | FilterCondition> = {};
    if (options.tags !== undefined) {
      if (!Array.isArray(options.tags) || options.tags.some((tag) => typeof tag !== 'string' || tag === '')) {
        throw invalid(`${where}: tags must be a list of non-empty tag names`);
      }
      if (options.tags.length > 0) {
        hardware.tagReferences = {
          tag: { name: { operation: 'in', options: [{ name: 'data', value: [...options.tags] }] } },
        };
      }
    }
    if (options.cpus !== undefined)
      hardware.processorPhysicalCoreAmount = criterion(options.cpus, 'cpus', where);
    if (options.memory !== undefined) hardware.memoryCapacity = criterion(options.memory, 'memory', where);
    if (options.hostname !== undefined) hardware.hostname = criterion(options.hostname, 'hostname', where);
    if (options.domain !== undefined) hardware.domain = criterion(options.domain, 'domain', where);
    if (options.datacenter !== undefined) {
      hardware.datacenter = { name: criterion(options.datacenter, 'datacenter', where) };
    }
    if (options.nicSpeed !== undefined) {
      hardware.networkComponents = { maxSpeed: criterion(options.nicSpeed, 'nicSpeed', where) };
    }
    if (options.publicIp !== undefined)
      hardware.primaryIpAddress = criterion(options.publicIp, 'publicIp', where);
    if (options.privateIp !== undefined) {
      hardware.primaryBackendIpAddress = criterion(options.privateIp, 'privateIp', where);
    }
    const own: ObjectFilter = Object.keys(hardware).length === 0 ? {} : { hardware };
    return this.#client.call(
      'Account',
      'getHardware',
      listOptions(options, { mask: LIST_HARDWARE_MASK, own, everyPage: true }),
    );
  }

  /**
   * One server (an id, a hostname or an IP address) with the reference's detailed default mask: components,
   * network, operating system and passwords, billing, tags, VLANs, transactions.
   */
  async getHardware(
    identifier: number | string,
    options: { mask?: CallMask } & CallControl = {},
  ): Promise<SoftLayer_Hardware_Server> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'getObject', {
      id,
      ...withMask(options.mask, GET_HARDWARE_MASK),
      ...signalOption(options.signal),
    });
  }

  /**
   * Polls a server (an id, a hostname or an IP address) until it is ready, as the reference's `wait_for_ready`: it has
   * a `provisionDate` and no OS reload in flight (with `pending`, no transaction at all). Resolves with the last read
   * (`READY_MASK`); throws `ManagerError` `SL_WAIT_TIMEOUT` after `timeoutMs` (default 4 hours, the reference's
   * limit), reading every `intervalMs` (default 10 s). The reference returns `false` on a timeout instead.
   */
  async waitForReady(
    identifier: number | string,
    options: WaitForHardwareOptions = {},
  ): Promise<SoftLayer_Hardware_Server> {
    checkFlag(options.pending, 'waitForReady: pending');
    const id = await this.resolveId(identifier);
    const { pending = false, timeoutMs = 14_400_000, ...poll } = options;
    return pollUntil(
      () =>
        this.#client.call('Hardware_Server', 'getObject', {
          id,
          mask: READY_MASK,
          ...signalOption(options.signal),
        }),
      (server) => isReady(server, pending),
      `server ${id} ready`,
      { timeoutMs, ...poll },
    );
  }

  /** Reloads the operating system with the server's current configuration; resolves with the API's message. */
  async reload(identifier: number | string, options: ReloadHardwareOptions = {}): Promise<string> {
    const config: SoftLayer_Container_Hardware_Server_Configuration = {};
    if (options.postUri !== undefined) {
      checkText(options.postUri, 'postUri', 'reload');
      config.customProvisionScriptUri = options.postUri;
    }
    if (options.sshKeys !== undefined) {
      if (!Array.isArray(options.sshKeys) || options.sshKeys.some((key) => !Number.isSafeInteger(key))) {
        throw invalid('reload: sshKeys must be a list of SSH key ids');
      }
      if (options.sshKeys.length > 0) config.sshKeyIds = [...options.sshKeys];
    }
    // The API's type of lvmFlag is an integer (the reference sends True, which the API reads the same).
    if (options.lvm) config.lvmFlag = 1;
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'reloadOperatingSystem', {
      id,
      args: ['FORCE', config],
      ...signalOption(options.signal),
    });
  }

  /** Reboots a server into the rescue kernel. */
  async rescue(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'bootToRescueLayer', { id, ...signalOption(options.signal) });
  }

  /**
   * Sets the speed (Mbps) of the public (`isPublic` true) or private interfaces; 0 disables them, -1 means the
   * fastest available. `redundant` is the API's redundancy setting (`'redundant'`, `'degraded'`).
   */
  /**
   * Turns the server's IPMI (management) interface on or off (`toggleManagementInterface`); what slcli's
   * `hw toggle-ipmi` calls directly.
   */
  async toggleManagementInterface(
    identifier: number | string,
    enabled: boolean,
    options: CallControl = {},
  ): Promise<boolean> {
    if (typeof enabled !== 'boolean')
      throw invalid('toggleManagementInterface: enabled must be true or false');
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'toggleManagementInterface', {
      id,
      args: [enabled],
      ...signalOption(options.signal),
    });
  }

  async changePortSpeed(
    identifier: number | string,
    isPublic: boolean,
    speed: number,
    options: { redundant?: string } & CallControl = {},
  ): Promise<boolean> {
    if (typeof isPublic !== 'boolean') throw invalid('changePortSpeed: isPublic must be true or false');
    if (!Number.isSafeInteger(speed) || speed < -1) {
      throw invalid(
        `changePortSpeed: the speed must be a whole number of Mbps (0 disables, -1 is the maximum)`,
      );
    }
    if (options.redundant !== undefined) checkText(options.redundant, 'redundant', 'changePortSpeed');
    const id = await this.resolveId(identifier);
    // As the reference: one array parameter [speed, redundancy] (nil when not given), which the API accepts.
    const args = [[speed, options.redundant ?? null]] as unknown as [number];
    return this.#client.call(
      'Hardware_Server',
      isPublic ? 'setPublicNetworkInterfaceSpeed' : 'setPrivateNetworkInterfaceSpeed',
      { id, args, ...signalOption(options.signal) },
    );
  }

  /**
   * Changes the user data, tags, hostname, domain and/or notes of a server; what is not given stays. Calls
   * `setUserMetadata`, `setTags` and `editObject` as needed (as the reference), and resolves true.
   */
  async edit(identifier: number | string, changes: EditHardwareChanges): Promise<boolean> {
    const template: SoftLayer_Hardware_Server = {};
    if (changes.hostname) template.hostname = changes.hostname;
    if (changes.domain) template.domain = changes.domain;
    if (changes.notes) template.notes = changes.notes;
    if (changes.tags !== undefined && typeof changes.tags !== 'string') {
      throw invalid('edit: tags must be a comma-separated list (or empty to remove them all)');
    }
    if (!changes.userdata && changes.tags === undefined && Object.keys(template).length === 0) {
      throw invalid('edit: give new user data, tags, a hostname, a domain or notes');
    }
    const id = await this.resolveId(identifier);
    const signal = signalOption(changes.signal);
    if (changes.userdata) {
      await this.#client.call('Hardware_Server', 'setUserMetadata', {
        id,
        args: [[changes.userdata]],
        ...signal,
      });
    }
    if (changes.tags !== undefined) {
      await this.#client.call('Hardware_Server', 'setTags', { id, args: [changes.tags], ...signal });
    }
    if (Object.keys(template).length === 0) return true;
    return this.#client.call('Hardware_Server', 'editObject', { id, args: [template], ...signal });
  }

  /** The reasons `cancelHardware` accepts, with the text each sends (no API call). */
  getCancellationReasons(): Record<HardwareCancellationReason, string> {
    return { ...CANCELLATION_REASONS };
  }

  /**
   * Cancels a server through its billing item (`SoftLayer_Billing_Item::cancelItem`), which opens a cancellation
   * ticket. Reads the server first and refuses (`SL_INVALID_ARGUMENT`) one with a running transaction or without a
   * billing item (already cancelled). `immediate` on a monthly server updates the ticket asking for a reclaim.
   *
   * Unlike the reference, an unknown `reason` is refused instead of silently becoming `unneeded`.
   */
  async cancelHardware(identifier: number | string, options: CancelHardwareOptions = {}): Promise<boolean> {
    const reason = options.reason ?? 'unneeded';
    if (!Object.hasOwn(CANCELLATION_REASONS, reason)) {
      throw invalid(
        `cancelHardware: unknown reason ${JSON.stringify(reason)} (one of ${Object.keys(CANCELLATION_REASONS).join(', ')})`,
      );
    }
    const comment = options.comment ?? '';
    if (typeof comment !== 'string') throw invalid('cancelHardware: the comment must be text');
    const immediate = options.immediate === true;
    const id = await this.resolveId(identifier);
    const signal = signalOption(options.signal);
    const server = await this.getHardware(id, { mask: CANCEL_MASK, ...signal });
    if (server.activeTransaction) {
      throw invalid(`cancelHardware: server ${id} has a running transaction; try again when it is done`);
    }
    const billingId = server.billingItem?.id;
    if (billingId === undefined) {
      const ticketId = server.openCancellationTicket?.id;
      throw invalid(
        ticketId === undefined
          ? `cancelHardware: server ${id} has no billing item; it may already be cancelled`
          : `cancelHardware: cancellation ticket #${ticketId} already exists for server ${id}`,
      );
    }
    const reasonText = CANCELLATION_REASONS[reason];
    const monthlyImmediate = immediate && !server.hourlyBillingFlag;
    const result = await this.#client.call('Billing_Item', 'cancelItem', {
      id: billingId,
      args: [monthlyImmediate ? false : immediate, false, reasonText, comment],
      ...signal,
    });
    if (monthlyImmediate) {
      // The reference then asks for an immediate reclaim on the cancellation ticket the API opened.
      const after = await this.getHardware(id, { mask: CANCEL_MASK, ...signal });
      const ticketId = after.openCancellationTicket?.id;
      if (ticketId !== undefined) {
        await this.#client.call('Ticket', 'addUpdate', {
          id: ticketId,
          args: [{ entry: IMMEDIATE_RECLAIM_MESSAGE }],
          ...signal,
        });
      }
    }
    return result;
  }

  /** Powers a server on through its remote management card. */
  async powerOn(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'powerOn', { id, ...signalOption(options.signal) });
  }

  /** Powers a server off through its remote management card (a hard power off). */
  async powerOff(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'powerOff', { id, ...signalOption(options.signal) });
  }

  /** Powers a server off and on again (a last resort: further commands are refused for 20 minutes). */
  async powerCycle(identifier: number | string, options: CallControl = {}): Promise<boolean> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'powerCycle', { id, ...signalOption(options.signal) });
  }

  /**
   * Reboots a server: `soft` (an orderly restart), `hard` (a power cycle of the server) or, by default, the API's
   * default (soft, then hard if the soft one fails) — `rebootSoft`, `rebootHard`, `rebootDefault`.
   */
  async reboot(
    identifier: number | string,
    options: { mode?: 'default' | 'soft' | 'hard' } & CallControl = {},
  ): Promise<boolean> {
    const mode = options.mode ?? 'default';
    const methods = { default: 'rebootDefault', soft: 'rebootSoft', hard: 'rebootHard' } as const;
    if (!Object.hasOwn(methods, mode)) throw invalid(`reboot: mode must be default, soft or hard`);
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', methods[mode], { id, ...signalOption(options.signal) });
  }

  /** The server's hard drives, with their component models. */
  async getHardDrives(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Hardware_Component[]> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'getHardDrives', { id, ...signalOption(options.signal) });
  }

  /** The server's installed software (operating system and the rest), as `SoftLayer_Hardware` lists it. */
  async getSoftwareComponents(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Software_Component[]> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware', 'getSoftwareComponents', { id, ...signalOption(options.signal) });
  }

  /** The server's bandwidth allotment and this billing cycle's usage (two calls, as the reference). */
  async getBandwidthAllocation(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<HardwareBandwidthAllocation> {
    const id = await this.resolveId(identifier);
    const signal = signalOption(options.signal);
    const allotment = await this.#client.call('Hardware_Server', 'getBandwidthAllotmentDetail', {
      id,
      mask: 'mask[allocation[amount]]',
      ...signal,
    });
    const usage = await this.#client.call('Hardware_Server', 'getBillingCycleBandwidthUsage', {
      id,
      mask: 'mask[amountIn,amountOut,type]',
      ...signal,
    });
    return { allotment: allotment?.allocation ?? undefined, usage: [...(usage ?? [])] };
  }

  /** One server with its datacenter and billing item (package and next invoice's children), for upgrades. */
  async getInstance(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Hardware_Server> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'getObject', {
      id,
      mask: 'mask[datacenter,billingItem[id,package[id,keyName],nextInvoiceChildren]]',
      ...signalOption(options.signal),
    });
  }

  /**
   * The server's components with their models and firmware versions, newest firmware first (the reference's mask and
   * filter unless `mask` / `filter` replace them).
   */
  async getComponents(
    identifier: number | string,
    options: { mask?: string; filter?: ObjectFilter } & CallControl = {},
  ): Promise<SoftLayer_Hardware_Component[]> {
    if (options.mask !== undefined) checkText(options.mask, 'getComponents: mask');
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'getComponents', {
      id,
      mask: options.mask ?? COMPONENTS_MASK,
      filter: options.filter ?? {
        components: {
          hardwareComponentModel: {
            firmwares: {
              createDate: {
                operation: 'orderBy',
                options: [
                  { name: 'sort', value: ['DESC'] },
                  { name: 'sortOrder', value: [1] },
                ],
              },
            },
          },
        },
      },
      ...signalOption(options.signal),
    });
  }

  /** The readings of the server's sensors (temperatures, voltages, fans) from its management card. */
  async getSensors(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Container_RemoteManagement_SensorReading[]> {
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware', 'getSensorData', { id, ...signalOption(options.signal) });
  }

  /**
   * Updates the firmware of the IPMI card, RAID controller, BIOS and hard drives (each unless `false`); the server is
   * unavailable for about 20 minutes. At least one must be chosen.
   */
  async updateFirmware(identifier: number | string, options: FirmwareUpdateOptions = {}): Promise<boolean> {
    const flags = firmwareFlags(options, ['ipmi', 'raidController', 'bios', 'hardDrive'], 'updateFirmware');
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'createFirmwareUpdateTransaction', {
      id,
      // The reference sends booleans where the metadata says integers; the API reads them the same.
      args: flags as unknown as [number, number, number, number],
      ...signalOption(options.signal),
    });
  }

  /** Reflashes (without upgrading) the IPMI, RAID controller and BIOS firmware; about 60 minutes offline. */
  async reflashFirmware(identifier: number | string, options: FirmwareReflashOptions = {}): Promise<boolean> {
    const flags = firmwareFlags(options, ['ipmi', 'raidController', 'bios'], 'reflashFirmware');
    const id = await this.resolveId(identifier);
    return this.#client.call('Hardware_Server', 'createFirmwareReflashTransaction', {
      id,
      args: flags as unknown as [number, number, number],
      ...signalOption(options.signal),
    });
  }

  /** The id of the server's metric tracking object. */
  async getTrackingId(identifier: number | string, options: CallControl = {}): Promise<number> {
    const id = await this.resolveId(identifier);
    return trackingId(this.#client, 'Hardware_Server', id, options.signal);
  }

  /** The server's averaged bandwidth over a period (every data point), `rollup` seconds a point (default 3600). */
  async getBandwidthData(
    identifier: number | string,
    options: BandwidthDataOptions,
  ): Promise<SoftLayer_Metric_Tracking_Object_Data[]> {
    checkBandwidthOptions(options);
    const id = await this.resolveId(identifier);
    return bandwidthData(this.#client, 'Hardware_Server', id, options);
  }

  /** The network storage of type `nasType` (`ISCSI`, `NAS`, …) the server may mount. */
  async getStorageDetails(
    identifier: number | string,
    nasType: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage[]> {
    checkText(nasType, 'getStorageDetails: nasType');
    const id = await this.resolveId(identifier);
    return storageDetails(this.#client, 'Hardware_Server', id, nasType, options.signal);
  }

  /** The credentials the server uses for network storage (its allowed host); `null` when it has none. */
  async getStorageCredentials(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<SoftLayer_Network_Storage_Allowed_Host | null> {
    const id = await this.resolveId(identifier);
    return storageCredentials(this.#client, 'Hardware_Server', id, options.signal);
  }

  /** The bare metal package's item prices of a region (`DALLAS13`), with their location groups. */
  async getHardwareItemPrices(
    location: string,
    options: CallControl = {},
  ): Promise<SoftLayer_Product_Item_Price[]> {
    checkText(location, 'getHardwareItemPrices: location');
    const control = signalOption(options.signal);
    const packages = await this.#client.call('Product_Package', 'getAllObjects', {
      filter: { keyName: { operation: 'BARE_METAL_SERVER' } },
      ...control,
    });
    const packageId = packages.at(-1)?.id;
    if (packageId === undefined)
      throw new ManagerError('SL_NOT_FOUND', 'Package BARE_METAL_SERVER does not exist');
    return this.#client.call('Product_Package', 'getItemPrices', {
      id: packageId,
      mask: 'filteredMask[pricingLocationGroup[locations[regions]]]',
      filter: {
        itemPrices: {
          pricingLocationGroup: { locations: { regions: { keyname: { operation: location } } } },
        },
      },
      ...control,
    });
  }

  /** Authorizes the server to mount a storage volume given by its username; `SL_NOT_FOUND` when there is none. */
  async authorizeStorage(
    identifier: number | string,
    username: string,
    options: CallControl = {},
  ): Promise<boolean> {
    checkText(username, 'the storage username', 'authorizeStorage');
    const id = await this.resolveId(identifier);
    return authorizeStorage(this.#client, 'Hardware', id, username, options.signal);
  }

  /**
   * The first maintenance window of a datacenter (its location id) from today for 30 days, or `undefined` when it has
   * none (the reference: `None`).
   */
  async getMaintenanceWindowsDetail(
    locationId: number,
    options: CallControl = {},
  ): Promise<SoftLayer_Provisioning_Maintenance_Window | undefined> {
    checkPositive(locationId, 'the location id', 'getMaintenanceWindowsDetail');
    const today = new Date();
    const end = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30);
    const windows = await this.#client.call('Provisioning_Maintenance_Window', 'getMaintenanceWindows', {
      args: [windowDay(today), windowDay(end), locationId],
      ...signalOption(options.signal),
    });
    return windows[0];
  }

  /** Adds a user and password to a software component of a server (`softwareId`, with `software.hardwareId`). */
  async createCredential(
    template: CredentialTemplate,
    options: CallControl = {},
  ): Promise<SoftLayer_Software_Component_Password> {
    if (template === null || typeof template !== 'object') throw invalid('createCredential: give a template');
    checkText(template.username, 'createCredential: username');
    checkText(template.password, 'createCredential: password');
    checkPositive(template.softwareId, 'createCredential: softwareId');
    return this.#client.call('Software_Component_Password', 'createObject', {
      args: [template],
      ...signalOption(options.signal),
    });
  }

  /** The users told about the server's monitoring alerts. */
  async getNotifications(
    identifier: number | string,
    options: CallControl = {},
  ): Promise<ServerNotification[]> {
    const id = await this.#numericId(identifier, options);
    return listNotifications(this.#client, 'hardware', id, options.signal);
  }

  /** Tells a user (by id) about the server's monitoring alerts; resolves with the notification. */
  async addNotification(
    identifier: number | string,
    userId: number,
    options: CallControl = {},
  ): Promise<ServerNotification> {
    checkPositive(userId, 'the user id', 'addNotification');
    const id = await this.#numericId(identifier, options);
    return addNotification(this.#client, 'hardware', id, userId, options.signal);
  }

  /** Stops a notification (its id, from `getNotifications`). */
  async removeNotification(notificationId: number, options: CallControl = {}): Promise<boolean> {
    return removeNotification(this.#client, 'hardware', notificationId, options.signal);
  }

  /**
   * What a bare metal server can be ordered with: datacenters, sizes (presets) with their fees, operating systems, port
   * speeds and extras, with `datacenter`'s prices when given. `SL_NOT_FOUND` for an unknown datacenter.
   */
  async getCreateOptions(
    options: { datacenter?: string } & CallControl = {},
  ): Promise<HardwareCreateOptions> {
    if (options.datacenter !== undefined) checkText(options.datacenter, 'getCreateOptions: datacenter');
    return hardwareCreateOptions(this.#client, options.datacenter, options.signal);
  }

  /**
   * Checks a bare metal order (`Product_Order::verifyOrder`) built as the reference builds it: the preset, the
   * operating system, a bandwidth and a port speed that fit the billing and the datacenter, and the extras.
   * Resolves with the priced order; nothing is created.
   */
  async verifyOrder(options: HardwareOrderOptions): Promise<SoftLayer_Container_Product_Order> {
    checkHardwareOrder(options, 'verifyOrder');
    const { itemKeys, orderOptions } = await hardwareOrderArguments(this.#client, options);
    return new OrderingManager(this.#client).verifyOrder(
      'BARE_METAL_SERVER',
      options.location,
      itemKeys,
      orderOptions,
    );
  }

  /** Orders a bare metal server (billed!) as `verifyOrder` builds it; resolves with the receipt (its `hardware`). */
  async placeOrder(options: HardwareOrderOptions): Promise<SoftLayer_Container_Product_Order_Receipt> {
    checkHardwareOrder(options, 'placeOrder');
    const { itemKeys, orderOptions } = await hardwareOrderArguments(this.#client, options);
    return new OrderingManager(this.#client).placeOrder(
      'BARE_METAL_SERVER',
      options.location,
      itemKeys,
      orderOptions,
    );
  }

  /**
   * Upgrades a server's memory, port speed, disk controller, bandwidth and/or disks through a
   * `…_Hardware_Server_Upgrade` order in the datacenter's next maintenance window (`test`: only verified). Resolves
   * with the receipt (or the verified order). Differs on purpose: the prices and the server are read once (the
   * reference reads them again for disks), and a missing price is `SL_NOT_FOUND` naming it.
   */
  async upgrade(
    identifier: number | string,
    options: HardwareUpgradeOptions,
  ): Promise<SoftLayer_Container_Product_Order_Receipt | SoftLayer_Container_Product_Order> {
    checkHardwareUpgrade(options);
    const id = await this.#numericId(identifier, options);
    const control = signalOption(options.signal);
    const prices = await this.#client.call('Hardware_Server', 'getUpgradeItemPrices', {
      id,
      mask: HARDWARE_UPGRADE_PRICE_MASK,
      ...control,
    });
    const server = await this.getInstance(id, options);
    const locationId = server.datacenter?.id;
    const window =
      locationId === undefined ? undefined : await this.getMaintenanceWindowsDetail(locationId, options);
    const order: SoftLayer_Container_Product_Order = {
      complexType: 'SoftLayer_Container_Product_Order_Hardware_Server_Upgrade',
      properties: [
        { name: 'MAINTENANCE_WINDOW', value: maintenanceWindowText(new Date()) },
        { name: 'MAINTENANCE_WINDOW_ID', value: String(window?.id ?? 'None') },
      ],
      hardware: [{ id }],
      prices: hardwareUpgradePrices(options, prices, server),
    };
    const packageId = server.billingItem?.package?.id;
    if (packageId !== undefined) order.packageId = packageId;
    return this.#client.call('Product_Order', options.test ? 'verifyOrder' : 'placeOrder', {
      args: [order],
      ...control,
    });
  }

  /** The ids of the servers an identifier names: an id, a globalIdentifier, an IPv4 address, or a hostname. */
  resolveIds(identifier: number | string): Promise<Array<number | string>> {
    return resolveIds(identifier, this.#resolvers);
  }

  /** The one server an identifier names; `ManagerError` `SL_NOT_FOUND` / `SL_AMBIGUOUS` otherwise. */
  resolveId(identifier: number | string): Promise<number | string> {
    return resolveId(identifier, this.#resolvers, 'hardware server');
  }

  /** Servers whose public, else private, primary address is `ip` (nothing unless it is an IPv4 address). */
  async #idsFromIp(ip: string): Promise<number[]> {
    if (!IPV4.test(ip)) return [];
    const byPublic = await this.listHardware({ publicIp: ip, mask: 'id' });
    if (byPublic.length > 0) return byPublic.map((server) => server.id as number);
    const byPrivate = await this.listHardware({ privateIp: ip, mask: 'id' });
    return byPrivate.map((server) => server.id as number);
  }

  /** The numeric id (a globalIdentifier is looked up), for calls that take the number as an argument. */
  async #numericId(identifier: number | string, options: CallControl): Promise<number> {
    const id = await this.resolveId(identifier);
    if (typeof id === 'number') return id;
    const server = await this.#client.call('Hardware_Server', 'getObject', {
      id,
      mask: 'id',
      ...signalOption(options.signal),
    });
    return server.id as number;
  }

  async #idsFromHostname(hostname: string): Promise<number[]> {
    const servers = await this.listHardware({ hostname, mask: 'id' });
    return servers.map((server) => server.id as number);
  }
}
