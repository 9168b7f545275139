// Hardware server methods of its management card: sensor readings, components with their firmware, and firmware
// update / reflash transactions (which take the server offline for a while and raise its firmware version).
import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import { settleTransaction } from '../data/provisioning';
import type { HardwareRecord } from '../data/records';
import { toFlag } from './arguments';
import { type MethodImplementation, type MethodInput, rows, value } from './service-definition';

/** The components a server reports, with the generic model type keys the reference reads. */
const COMPONENTS = [
  { slot: 0, type: 'MOTHERBOARD', description: 'Motherboard', model: 'Supermicro X11DPU', firmware: 'bios' },
  { slot: 1, type: 'REMOTE_MGMT_CARD', description: 'Remote Management', model: 'IPMI', firmware: 'ipmi' },
  {
    slot: 2,
    type: 'RAID_CONTROLLER',
    description: 'RAID Controller',
    model: 'AVAGO MegaRAID 9361-8i',
    firmware: 'raidController',
  },
  {
    slot: 3,
    type: 'HARD_DRIVE',
    description: 'Hard Drive',
    model: 'Seagate ST2000NX0403',
    firmware: 'hardDrive',
  },
  {
    slot: 4,
    type: 'HARD_DRIVE',
    description: 'Hard Drive',
    model: 'Seagate ST2000NX0403',
    firmware: 'hardDrive',
  },
] as const;

export type FirmwareKind = (typeof COMPONENTS)[number]['firmware'];

/** How long a firmware update and a reflash take, as multiples of an OS reload's time (the API: ~20 and ~60 min). */
const FIRMWARE_DURATION = { update: 1, reflash: 3 } as const;

/** The components of a server with their firmware versions, newest first. */
function componentsOf(server: HardwareRecord): Array<Record<string, unknown>> {
  return COMPONENTS.map((component) => {
    const updates = server.firmwareUpdates?.[component.firmware] ?? [];
    const versions = [server.createdAt, ...updates].map((at, index) => ({
      createDate: formatApiDate(at),
      version: `${component.slot + 1}.${index}.0`,
    }));
    return {
      id: server.id * 10 + component.slot,
      hardwareId: server.id,
      hardwareComponentModel: {
        longDescription: component.model,
        hardwareGenericComponentModel: {
          description: component.description,
          hardwareComponentType: { keyName: component.type, type: component.description },
        },
        firmwares: versions.reverse(),
      },
    };
  });
}

/** A server's sensor readings: temperatures, fan speeds and voltages, steady for a server, varying a little by hour. */
function sensorReadings(server: HardwareRecord, now: number): Array<Record<string, unknown>> {
  const hour = Math.floor(now / 3_600_000);
  const wobble = ((server.id * 31 + hour) % 7) - 3;
  const reading = (sensorId: string, value: number, units: string, lower: number, upper: number) => ({
    sensorId,
    sensorReading: String(value),
    sensorUnits: units,
    status: value > lower && value < upper ? 'ok' : 'cr',
    lowerCritical: String(lower),
    lowerNonCritical: String(lower + (upper - lower) * 0.1),
    upperNonCritical: String(upper - (upper - lower) * 0.1),
    upperCritical: String(upper),
  });
  return [
    reading('CPU1 Temp', 48 + wobble, 'degrees C', 5, 95),
    reading('CPU2 Temp', 46 + wobble, 'degrees C', 5, 95),
    reading('System Temp', 31 + wobble / 2, 'degrees C', 5, 80),
    reading('FAN1', 5600 + wobble * 100, 'RPM', 400, 25300),
    reading('FAN2', 5700 + wobble * 100, 'RPM', 400, 25300),
    reading('12V', 12.1, 'Volts', 10.2, 13.8),
    reading('VBAT', 3.1, 'Volts', 2.4, 3.6),
  ];
}

/** Starts a firmware transaction on an idle server for the chosen components (a fault when none is chosen). */
function firmwareTransaction(
  kind: 'update' | 'reflash',
  order: readonly FirmwareKind[],
): MethodImplementation {
  return (input: MethodInput) => {
    const server = input.row as HardwareRecord;
    const chosen = order.filter((_, index) =>
      input.call.args[index] === undefined ? true : toFlag(input.call.args[index]),
    );
    if (chosen.length === 0) throw faults.invalidValue('Choose at least one component to update.');
    settleTransaction(server, input.context.now);
    if (server.transaction && server.transaction.endsAt > input.context.now) {
      throw faults.publicError(`There is currently an active transaction on ${server.hostname}.`);
    }
    const { state, now } = input.context;
    state.mutate(() => {
      server.transaction = {
        id: state.allocateId('transaction'),
        kind: 'generic',
        groupName: kind === 'update' ? 'Firmware Update' : 'Firmware Reflash',
        startedAt: now,
        endsAt: now + Math.max(1, input.settings.reloadMs * FIRMWARE_DURATION[kind]),
      };
      if (kind === 'update') {
        const updates = { ...server.firmwareUpdates };
        for (const component of chosen) updates[component] = [...(updates[component] ?? []), now];
        server.firmwareUpdates = updates;
      }
    });
    return value(true);
  };
}

export const hardwareMaintenanceMethods: Record<string, MethodImplementation> = {
  getComponents: (input) => rows('SoftLayer_Hardware_Component', componentsOf(input.row as HardwareRecord)),
  getSensorData: (input) => value(sensorReadings(input.row as HardwareRecord, input.context.now)),
  createFirmwareUpdateTransaction: firmwareTransaction('update', [
    'ipmi',
    'raidController',
    'bios',
    'hardDrive',
  ]),
  createFirmwareReflashTransaction: firmwareTransaction('reflash', ['ipmi', 'raidController', 'bios']),
};
