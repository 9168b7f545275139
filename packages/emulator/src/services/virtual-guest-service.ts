import { faults } from '../api-fault';
import { DATACENTERS, OPERATING_SYSTEMS } from '../data/catalog';
import { formatApiDate } from '../data/dates';
import { addressAt, subnetsOf } from '../data/network';
import { priceForItemKey, productCatalog, VIRTUAL_PACKAGE_ID } from '../data/products';
import { settleTransaction, startOsReload } from '../data/provisioning';
import type { GuestRecord } from '../data/records';
import { priceView } from '../models/product';
import { datacenterById, locationView } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import {
  checkDomain,
  checkHostname,
  objectArg,
  optionalString,
  stringArg,
  tagsArg,
  toInteger,
} from './arguments';
import { checkGuestSpec, createGuest, specFromTemplate } from './create-guest';
import { guestPlacementMethods } from './guest-placement-methods';
import { removeGuest } from './remove-guest';
import { guestReverseDomainRecords } from './reverse-domains';
import { serverStorageMethods } from './server-storage-methods';
import { type MethodInput, row, rows, type ServiceDefinition, value } from './service-definition';
import { attachedNetworkStorages } from './storage-access';

const TYPE = 'SoftLayer_Virtual_Guest';

function guestOf(input: MethodInput): GuestRecord {
  return input.row as GuestRecord;
}

/** Runs a change to one guest and bumps its modifyDate. */
function change(input: MethodInput, apply: (guest: GuestRecord) => void): GuestRecord {
  const guest = guestOf(input);
  input.context.state.mutate(() => {
    apply(guest);
    guest.modifiedAt = input.context.now;
  });
  return guest;
}

function resolveImage(template: Record<string, unknown>, context: ViewContext): void {
  const group = template.blockDeviceTemplateGroup as { globalIdentifier?: unknown; id?: unknown } | undefined;
  if (group && typeof group.globalIdentifier === 'string' && group.id === undefined) {
    const image = context.state.images
      .all()
      .find((candidate) => candidate.globalIdentifier === group.globalIdentifier);
    if (!image) throw faults.invalidValue(`Unable to find the image template ${group.globalIdentifier}.`);
    template.blockDeviceTemplateGroup = { ...group, id: image.id };
  }
}

/** The members of `template` named in `keys` that it has. */
function pick(template: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (template[key] !== undefined && template[key] !== null) out[key] = template[key];
  return out;
}

/** The order container `generateOrderTemplate` answers for a createObject template. */
export function orderTemplateFor(
  template: Record<string, unknown>,
  context: ViewContext,
): Record<string, unknown> {
  resolveImage(template, context);
  const spec = specFromTemplate(template, 0);
  checkGuestSpec(context.state, spec);
  const keys = [
    `GUEST_CORE_${spec.cpus}`,
    `RAM_${Math.max(1, Math.round(spec.memoryMb / 1024))}_GB`,
    spec.imageTemplateId === undefined ? `OS_${spec.osCode}` : undefined,
    'GUEST_DISK_25_GB_SAN',
    `${spec.portSpeed === 100 ? 100 : 1000}_MBPS_PUBLIC_PRIVATE_NETWORK_UPLINKS`,
    'BANDWIDTH_0_GB_2',
    '1_IP_ADDRESS',
    'REBOOT_REMOTE_CONSOLE',
  ];
  const prices = keys
    .map((key) =>
      key === undefined ? undefined : priceForItemKey(key.replace(/^OS_(\w+?)_LATEST(_64)?$/, 'OS_$1_22_64')),
    )
    .filter((price) => price !== undefined)
    .map((price) => priceView(price));
  const datacenter = (template.datacenter as { name?: string } | undefined)?.name ?? '';
  return {
    complexType: 'SoftLayer_Container_Product_Order_Virtual_Guest',
    packageId: VIRTUAL_PACKAGE_ID,
    location: String(datacenter),
    quantity: 1,
    useHourlyPricing: spec.hourly,
    prices,
    sshKeys: spec.sshKeyIds.length > 0 ? [{ sshKeyIds: spec.sshKeyIds }] : [],
    // The interfaces' settings (security group bindings) travel with the guest into the order.
    virtualGuests: [
      {
        hostname: spec.hostname,
        domain: spec.domain,
        ...pick(template, ['primaryNetworkComponent', 'primaryBackendNetworkComponent']),
      },
    ],
    ...(spec.imageTemplateId === undefined ? {} : { imageTemplateId: spec.imageTemplateId }),
    ...(spec.postInstallScriptUri ? { provisionScripts: [spec.postInstallScriptUri] } : {}),
  };
}

function powerMethod(state: GuestRecord['powerState']) {
  return (input: MethodInput) => {
    change(input, (guest) => {
      settleTransaction(guest, input.context.now);
      guest.powerState = state;
    });
    return value(true);
  };
}

export const virtualGuestService: ServiceDefinition = {
  name: TYPE,
  type: TYPE,
  find: (id, context) => context.state.guests.get(id),
  methods: {
    getReverseDomainRecords: guestReverseDomainRecords,
    createObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Virtual_Guest template');
      resolveImage(template, input.context);
      const { state } = input.context;
      const guest = state.mutate(() => {
        const orderId = state.allocateId('order');
        return createGuest(state, specFromTemplate(template, orderId), {
          now: input.context.now,
          provisioningMs: input.settings.provisioningMs,
          ownerUserId: input.context.user.id,
        });
      });
      return row(TYPE, guest);
    },
    createObjects: (input) => {
      const templates = input.call.args[0];
      if (!Array.isArray(templates))
        throw faults.missingParameter('Parameter 1 must be an array of templates.');
      const { state } = input.context;
      const created = state.mutate(() =>
        templates.map((_template, index) => {
          const object = objectArg(templates, index, 'SoftLayer_Virtual_Guest template');
          resolveImage(object, input.context);
          return createGuest(state, specFromTemplate(object, state.allocateId('order')), {
            now: input.context.now,
            provisioningMs: input.settings.provisioningMs,
            ownerUserId: input.context.user.id,
          });
        }),
      );
      return rows(TYPE, created);
    },
    generateOrderTemplate: (input) =>
      value(
        orderTemplateFor(
          { ...objectArg(input.call.args, 0, 'SoftLayer_Virtual_Guest template') },
          input.context,
        ),
      ),
    getCreateObjectOptions: () =>
      value({
        datacenters: DATACENTERS.map((dc) => ({ template: { datacenter: { name: dc.name } } })),
        processors: [1, 2, 4, 8, 16].map((cpus) => ({ template: { startCpus: cpus } })),
        memory: [1024, 2048, 4096, 8192, 16384].map((maxMemory) => ({ template: { maxMemory } })),
        operatingSystems: OPERATING_SYSTEMS.map((os) => ({
          template: { operatingSystemReferenceCode: os.referenceCode },
          itemPrice: {
            hourlyRecurringFee: '0',
            recurringFee: '0',
            item: { description: `${os.name} ${os.version}` },
          },
        })),
      }),
    editObject: (input) => {
      const template = objectArg(input.call.args, 0, 'SoftLayer_Virtual_Guest template');
      if (template.hostname !== undefined) checkHostname(template.hostname);
      if (template.domain !== undefined) checkDomain(template.domain);
      change(input, (guest) => {
        if (typeof template.hostname === 'string') guest.hostname = template.hostname;
        if (typeof template.domain === 'string') guest.domain = template.domain;
        if (typeof template.notes === 'string') guest.notes = template.notes;
      });
      return value(true);
    },
    deleteObject: (input) => {
      const guest = guestOf(input);
      input.context.state.mutate(() => removeGuest(input.context.state, guest.id));
      return value(true);
    },
    setTags: (input) => {
      const tags = tagsArg(input.call.args, 0);
      change(input, (guest) => {
        guest.tags = tags;
      });
      return value(true);
    },
    setUserMetadata: (input) => {
      const metadata = input.call.args[0];
      const text = Array.isArray(metadata) ? optionalString(metadata[0]) : optionalString(metadata);
      change(input, (guest) => {
        if (text === undefined) delete guest.userData;
        else guest.userData = text;
      });
      return value(true);
    },
    reloadOperatingSystem: (input) => {
      const config = (input.call.args[1] ?? {}) as Record<string, unknown>;
      const guest = guestOf(input);
      settleTransaction(guest, input.context.now);
      if (guest.transaction) {
        throw faults.publicError(`There is currently an active transaction on ${guest.hostname}.`);
      }
      change(input, (target) => {
        const id = input.context.state.allocateId('transaction');
        startOsReload(target, id, input.context.now, input.settings.reloadMs);
        if (typeof config.customProvisionScriptUri === 'string')
          target.postInstallScriptUri = config.customProvisionScriptUri;
        if (Array.isArray(config.sshKeyIds)) {
          target.sshKeyIds = config.sshKeyIds
            .map((keyId) => toInteger(keyId))
            .filter((keyId) => keyId !== undefined);
        }
      });
      return value('The OS reload was successfully initiated.');
    },
    powerOn: powerMethod('RUNNING'),
    powerOff: powerMethod('HALTED'),
    powerOffSoft: powerMethod('HALTED'),
    powerCycle: powerMethod('RUNNING'),
    rebootDefault: powerMethod('RUNNING'),
    rebootSoft: powerMethod('RUNNING'),
    rebootHard: powerMethod('RUNNING'),
    pause: powerMethod('PAUSED'),
    resume: powerMethod('RUNNING'),
    executeRescueLayer: () => value(true),
    isPingable: (input) => value(guestOf(input).powerState === 'RUNNING'),
    isBackendPingable: (input) => value(guestOf(input).powerState === 'RUNNING'),
    setPublicNetworkInterfaceSpeed: (input) => {
      const speed = toInteger(input.call.args[0]) ?? 1000;
      change(input, (guest) => {
        guest.publicSpeed = speed;
      });
      return value(true);
    },
    setPrivateNetworkInterfaceSpeed: (input) => {
      const speed = toInteger(input.call.args[0]) ?? 1000;
      change(input, (guest) => {
        guest.privateSpeed = speed;
      });
      return value(true);
    },
    getProvisionDate: (input) => {
      const guest = guestOf(input);
      settleTransaction(guest, input.context.now);
      return value(guest.provisionedAt === null ? null : formatApiDate(guest.provisionedAt));
    },
    createArchiveTemplate: (input) => {
      const name = stringArg(input.call.args, 0, 'name');
      const note = optionalString(input.call.args[2]);
      const guest = guestOf(input);
      const { state } = input.context;
      const image = state.mutate(() => {
        const id = state.allocateId('image');
        const record = {
          id,
          name,
          ...(note ? { note } : {}),
          globalIdentifier: `${guest.uuid.slice(0, 28)}${String(id).slice(-8).padStart(8, '0')}`,
          createdAt: input.context.now,
          accountId: state.accountId,
          osCode: guest.osCode,
          sourceGuestId: guest.id,
          tags: [],
          datacenterIds: [guest.datacenterId],
        };
        state.images.insert(record);
        return record;
      });
      return value({
        id: image.id + 1_000_000,
        // The reference CLI prints the new image's id from the transaction.
        globalIdentifier: image.globalIdentifier,
        createDate: formatApiDate(input.context.now),
        elapsedSeconds: 0,
        guestId: guest.id,
        statusChangeDate: formatApiDate(input.context.now),
        transactionStatus: { name: 'COMPLETE', friendlyName: 'Complete' },
      });
    },
    findByHostname: (input) => {
      const hostname = stringArg(input.call.args, 0, 'hostname');
      return rows(
        TYPE,
        input.context.state.guests.filter((guest) => guest.hostname === hostname),
      );
    },
    findByIpAddress: (input) => {
      const ip = stringArg(input.call.args, 0, 'ipAddress');
      const guest = input.context.state.guests.all().find((candidate) => {
        const subnets = subnetsOf(candidate.datacenterId);
        return (
          addressAt(subnets.public, candidate.ipIndex) === ip ||
          addressAt(subnets.private, candidate.ipIndex) === ip
        );
      });
      return guest ? row(TYPE, guest) : value(null);
    },
    getUpgradeItemPrices: () => {
      const { prices, itemById } = productCatalog();
      const upgradable = new Set(['guest_core', 'ram', 'port_speed', 'guest_disk0']);
      return rows(
        'SoftLayer_Product_Item_Price',
        prices
          .filter((price) => {
            // A guest upgrades within PUBLIC_CLOUD_SERVER, the package it was ordered from.
            const item = itemById.get(price.itemId);
            return item?.packageId === VIRTUAL_PACKAGE_ID && upgradable.has(item.categoryCode);
          })
          .map((price) => priceView(price)),
      );
    },
    getAttachedNetworkStorages: (input) =>
      rows(
        'SoftLayer_Network_Storage',
        attachedNetworkStorages(input.context.state, 'VIRTUAL_GUEST', guestOf(input).id, input.call.args[0]),
      ),
    getLocation: (input) => value(locationView(datacenterById(guestOf(input).datacenterId))),
    ...serverStorageMethods('VIRTUAL_GUEST'),
    ...guestPlacementMethods,
  },
};
