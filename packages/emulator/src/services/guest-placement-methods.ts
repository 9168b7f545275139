// Virtual guest methods about where a guest runs and what it holds: migration (to a new host or onto a dedicated
// host), portable storage, and the browser console's access log.
import { faults } from '../api-fault';
import { formatApiDate } from '../data/dates';
import { settleTransaction } from '../data/provisioning';
import type { GuestRecord } from '../data/records';
import { transactionView } from '../models/shared-views';
import { integerArg } from './arguments';
import { type MethodImplementation, type MethodInput, rows, value } from './service-definition';

/** How long a migration takes, as a share of an OS reload's time. */
const MIGRATION_SHARE = 0.5;

/** The guest of a call, its finished transaction settled; a fault when another transaction still runs. */
function idleGuest(input: MethodInput): GuestRecord {
  const guest = input.row as GuestRecord;
  settleTransaction(guest, input.context.now);
  if (guest.transaction) {
    throw faults.publicError(`There is currently an active transaction on ${guest.hostname}.`);
  }
  return guest;
}

/** Starts a migration transaction on a guest (inside a state change) and answers its view. */
function startMigration(input: MethodInput, guest: GuestRecord, groupName: string): Record<string, unknown> {
  const transaction = {
    id: input.context.state.allocateId('transaction'),
    kind: 'generic' as const,
    groupName,
    startedAt: input.context.now,
    endsAt: input.context.now + Math.max(1, Math.round(input.settings.reloadMs * MIGRATION_SHARE)),
  };
  guest.transaction = transaction;
  guest.modifiedAt = input.context.now;
  return transactionView(transaction, guest.id, input.context.now);
}

/** The browser console sessions of a guest: a few, derived from it (the emulator opens no consoles itself). */
function consoleAccessLogs(guest: GuestRecord, userName: string): Array<Record<string, unknown>> {
  const since = guest.provisionedAt ?? guest.createdAt;
  return [1, 2, 3].map((index) => ({
    id: guest.id * 10 + index,
    createDate: formatApiDate(since + index * 3_600_000),
    eventType: index % 2 === 1 ? 'LOGIN' : 'LOGOUT',
    message: index % 2 === 1 ? 'Console session opened' : 'Console session closed',
    sourceIp: `198.51.100.${(guest.id % 200) + index}`,
    sourcePort: String(50_000 + index),
    username: userName,
    virtualGuestId: guest.id,
  }));
}

export const guestPlacementMethods: Record<string, MethodImplementation> = {
  // Moves the guest to a new host: a `Cloud Migrate` transaction that runs for half an OS reload's time.
  migrate: (input) => {
    const guest = idleGuest(input);
    return value(input.context.state.mutate(() => startMigration(input, guest, 'Cloud Migrate')));
  },
  // Moves the guest onto a dedicated host of the account in its datacenter that has room for it.
  migrateDedicatedHost: (input) => {
    const hostId = integerArg(input.call.args, 0, 'destinationHostId');
    const { state } = input.context;
    const host = state.dedicatedHosts.get(hostId);
    if (!host) throw faults.objectNotFound(hostId);
    const guest = idleGuest(input);
    if (guest.dedicatedHostId === host.id) {
      throw faults.publicError(`${guest.hostname} already runs on dedicated host ${host.name}.`);
    }
    if (host.datacenterId !== guest.datacenterId) {
      throw faults.publicError(`Dedicated host ${host.name} is not in the datacenter of ${guest.hostname}.`);
    }
    const onHost = state.guests.filter((other) => other.dedicatedHostId === host.id);
    const usedCpus = onHost.reduce((sum, other) => sum + other.maxCpu, 0);
    const usedMemoryGb = onHost.reduce((sum, other) => sum + other.maxMemory / 1024, 0);
    if (
      usedCpus + guest.maxCpu > host.cpuCount ||
      usedMemoryGb + guest.maxMemory / 1024 > host.memoryCapacityGb
    ) {
      throw faults.publicError(`Dedicated host ${host.name} has no room for ${guest.hostname}.`);
    }
    state.mutate(() => {
      guest.dedicatedHostId = host.id;
      guest.dedicated = true;
      startMigration(input, guest, 'Dedicated Host Migrate');
    });
    return value(null);
  },
  // Attaches a free portable disk of the guest's datacenter; answers the (finished) attach transaction.
  attachDiskImage: (input) => {
    const diskId = integerArg(input.call.args, 0, 'imageId');
    const { state } = input.context;
    const disk = state.portableDisks.get(diskId);
    if (!disk) throw faults.objectNotFound(diskId);
    const guest = idleGuest(input);
    if (disk.guestId !== null) {
      throw faults.publicError(`The portable storage volume ${disk.name} is already attached to a guest.`);
    }
    if (disk.datacenterId !== guest.datacenterId) {
      throw faults.publicError(`The portable storage volume ${disk.name} is in another datacenter.`);
    }
    state.mutate(() => {
      disk.guestId = guest.id;
      guest.modifiedAt = input.context.now;
    });
    return value({
      id: state.allocateId('transaction'),
      createDate: formatApiDate(input.context.now),
      elapsedSeconds: 0,
      guestId: guest.id,
      statusChangeDate: formatApiDate(input.context.now),
      transactionGroup: { name: 'Attach Portable Storage' },
      transactionStatus: { name: 'COMPLETE', friendlyName: 'Complete' },
    });
  },
  getBrowserConsoleAccessLogs: (input) =>
    rows(
      'SoftLayer_Virtual_BrowserConsoleAccessLog',
      consoleAccessLogs(input.row as GuestRecord, input.context.user.username),
    ),
};
