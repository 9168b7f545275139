import { faults } from '../api-fault';
import { startOsReload } from '../data/provisioning';
import type { HardwareRecord } from '../data/records';
import { serverDrives } from '../models/hardware';
import { checkDomain, checkHostname, objectArg, optionalString, toFlag, toInteger } from './arguments';
import { hardwareMaintenanceMethods } from './hardware-maintenance-methods';
import { hardwareUpgradePrices } from './hardware-order';
import { hardwareReverseDomainRecords } from './reverse-domains';
import { serverStorageMethods } from './server-storage-methods';
import { type MethodInput, rows, type ServiceDefinition, value } from './service-definition';
import { attachedNetworkStorages } from './storage-access';

function change(input: MethodInput, apply: (server: HardwareRecord) => void): ReturnType<typeof value> {
  const server = input.row as HardwareRecord;
  input.context.state.mutate(() => apply(server));
  return value(true);
}

function definition(name: string): ServiceDefinition {
  return {
    name,
    type: name,
    find: (id, context) => context.state.hardware.get(id),
    methods: {
      getReverseDomainRecords: hardwareReverseDomainRecords,
      editObject: (input) => {
        const template = objectArg(input.call.args, 0, `${name} template`);
        if (template.hostname !== undefined) checkHostname(template.hostname);
        if (template.domain !== undefined) checkDomain(template.domain);
        return change(input, (server) => {
          if (typeof template.hostname === 'string') server.hostname = template.hostname;
          if (typeof template.domain === 'string') server.domain = template.domain;
          if (typeof template.notes === 'string') server.notes = template.notes;
        });
      },
      setTags: (input) =>
        change(input, (server) => {
          const text = optionalString(input.call.args[0]) ?? '';
          server.tags = [
            ...new Set(
              text
                .split(',')
                .map((tag) => tag.trim())
                .filter(Boolean),
            ),
          ];
        }),
      setUserMetadata: (input) =>
        change(input, (server) => {
          const metadata = input.call.args[0];
          const text = Array.isArray(metadata) ? optionalString(metadata[0]) : optionalString(metadata);
          if (text === undefined) delete server.userData;
          else server.userData = text;
        }),
      reloadOperatingSystem: (input) => {
        const server = input.row as HardwareRecord;
        if (server.transaction && server.transaction.endsAt > input.context.now) {
          throw faults.publicError(`There is currently an active transaction on ${server.hostname}.`);
        }
        change(input, (target) => {
          const id = input.context.state.allocateId('transaction');
          startOsReload(target, id, input.context.now, input.settings.reloadMs);
        });
        return value('The OS reload was successfully initiated.');
      },
      setPublicNetworkInterfaceSpeed: (input) =>
        change(input, (server) => {
          const args = input.call.args[0];
          server.publicSpeed = toInteger(Array.isArray(args) ? args[0] : args) ?? server.publicSpeed;
        }),
      setPrivateNetworkInterfaceSpeed: (input) =>
        change(input, (server) => {
          const args = input.call.args[0];
          server.privateSpeed = toInteger(Array.isArray(args) ? args[0] : args) ?? server.privateSpeed;
        }),
      powerOn: () => value(true),
      powerOff: () => value(true),
      powerCycle: () => value(true),
      rebootDefault: () => value(true),
      rebootSoft: () => value(true),
      rebootHard: () => value(true),
      bootToRescueLayer: () => value(true),
      toggleManagementInterface: (input) =>
        change(input, (server) => {
          server.ipmiDisabled = !toFlag(input.call.args[0]);
        }),
      getAttachedNetworkStorages: (input) =>
        rows(
          'SoftLayer_Network_Storage',
          attachedNetworkStorages(
            input.context.state,
            'HARDWARE',
            (input.row as HardwareRecord).id,
            input.call.args[0],
          ),
        ),
      // A declared method: the API answers the drives with their component models, unmasked.
      getHardDrives: (input) => {
        const server = input.row as HardwareRecord;
        return value(
          serverDrives(server).map(({ slot, capacityGb }) => ({
            id: server.id * 10 + slot,
            hardwareId: server.id,
            serialNumber: `WD-${server.id}${slot}`,
            hardwareComponentModel: {
              manufacturer: 'Seagate',
              name: capacityGb === 2000 ? 'ST2000NX0403' : `ST${capacityGb}`,
              hardwareGenericComponentModel: {
                capacity: capacityGb,
                units: 'GB',
                hardwareComponentType: { keyName: 'HARD_DRIVE', type: 'Hard Drive' },
              },
            },
          })),
        );
      },
      getUpgradeItemPrices: () => value(hardwareUpgradePrices()),
      ...serverStorageMethods('HARDWARE'),
      ...hardwareMaintenanceMethods,
    },
  };
}

export const hardwareServerService: ServiceDefinition = definition('SoftLayer_Hardware_Server');
/** What only `SoftLayer_Hardware_Server` has in the metadata: `SoftLayer_Hardware` answers method-not-found. */
const SERVER_ONLY_METHODS = new Set([
  'editObject',
  'setUserMetadata',
  'reloadOperatingSystem',
  'setPublicNetworkInterfaceSpeed',
  'setPrivateNetworkInterfaceSpeed',
  'bootToRescueLayer',
  'toggleManagementInterface',
  'getMetricTrackingObjectId',
  'createFirmwareUpdateTransaction',
  'createFirmwareReflashTransaction',
  'getUpgradeItemPrices',
  'getReverseDomainRecords',
]);

function hardwareDefinition(): ServiceDefinition {
  const server = definition('SoftLayer_Hardware');
  const methods = Object.fromEntries(
    Object.entries(server.methods).filter(([method]) => !SERVER_ONLY_METHODS.has(method)),
  );
  return { ...server, methods };
}

export const hardwareService: ServiceDefinition = hardwareDefinition();
