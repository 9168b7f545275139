import { faults } from '../api-fault';
import { findVlan } from '../data/ordered-vlans';
import { billingItemOwner } from '../models/billing-ids';
import { firewallBillingItem } from '../models/firewall';
import { hardwareBillingSubject } from '../models/hardware';
import { ipsecBillingSubject } from '../models/ipsec';
import { licenseBillingSubject } from '../models/license';
import { storageBillingSubject } from '../models/network-storage';
import { subnetBillingSubject } from '../models/ordered-subnet-billing';
import { vlanBillingSubject } from '../models/ordered-vlan-billing';
import { billingItemView } from '../models/shared-views';
import type { ViewContext } from '../models/type-model';
import { guestBillingSubject } from '../models/virtual-guest';
import { toFlag } from './arguments';
import { removeIpsecContext } from './ipsec-service';
import { removeGuest } from './remove-guest';
import { type MethodInput, type ServiceDefinition, value } from './service-definition';
import { cancelSnapshotSpace, snapshotSpaceItem, snapshotSpaceVolume } from './storage-snapshot-space';
import { vlanCancelFailureReasons } from './vlan-cancel-reasons';

function find(id: number, context: ViewContext): Record<string, unknown> | undefined {
  const snapshotSpace = snapshotSpaceItem(id, context);
  if (snapshotSpace) return snapshotSpace;
  const owner = billingItemOwner(id);
  if (owner?.kind === 'guest') {
    const guest = context.state.guests.get(owner.id);
    return guest ? billingItemView(guestBillingSubject(guest), context) : undefined;
  }
  if (owner?.kind === 'hardware') {
    const server = context.state.hardware.get(owner.id);
    return server ? billingItemView(hardwareBillingSubject(server), context) : undefined;
  }
  if (owner?.kind === 'storage') {
    const volume = context.state.storageVolumes.get(owner.id);
    return volume ? billingItemView(storageBillingSubject(volume), context) : undefined;
  }
  if (owner?.kind === 'license') {
    const license = context.state.licenses.get(owner.id);
    return license ? billingItemView(licenseBillingSubject(license), context) : undefined;
  }
  if (owner?.kind === 'ipsec') {
    const tunnel = context.state.ipsecContexts.get(owner.id);
    return tunnel ? billingItemView(ipsecBillingSubject(tunnel), context) : undefined;
  }
  if (owner?.kind === 'subnet') {
    const subnet = context.state.orderedSubnets.get(owner.id);
    return subnet ? billingItemView(subnetBillingSubject(subnet), context) : undefined;
  }
  if (owner?.kind === 'vlan') {
    const vlan = context.state.orderedVlans.get(owner.id);
    return vlan ? billingItemView(vlanBillingSubject(vlan), context) : undefined;
  }
  if (owner?.kind === 'firewall') {
    const firewall = context.state.firewalls.get(owner.id);
    return firewall ? firewallBillingItem(firewall, context) : undefined;
  }
  return undefined;
}

/** Opens the cancellation ticket hardware is reclaimed through; returns its id. */
function openCancellationTicket(input: MethodInput, hardwareId: number): number {
  const { state, now, user } = input.context;
  const reason = typeof input.call.args[2] === 'string' ? input.call.args[2] : 'No longer needed';
  const id = state.allocateId('ticket');
  state.tickets.insert({
    id,
    title: 'Cancellation Request',
    subjectId: 1001,
    statusId: 1001,
    priority: 0,
    assignedUserId: user.id,
    createdAt: now,
    modifiedAt: now,
    serviceProviderResourceId: 10_000_000 + (id % 1_000_000),
    attachedGuestIds: [],
    attachedHardwareIds: [hardwareId],
  });
  state.ticketUpdates.insert({
    id: state.allocateId('ticketUpdate'),
    ticketId: id,
    entry: `Please cancel this server. Reason: ${reason}`,
    createdAt: now,
    editorType: 'USER',
    editorId: user.id,
  });
  return id;
}

/**
 * Cancels a billing item. A guest, a license, an ordered subnet or global IP, or a storage volume (with its snapshots) goes at once when `immediate`, else at
 * the anniversary date (a cancellation date is set). Hardware is never removed at once: a cancellation ticket is
 * opened and the server is reclaimed.
 */
function cancel(input: MethodInput, immediate: boolean): ReturnType<typeof value> {
  const id = input.id as number;
  const owner = billingItemOwner(id);
  const { state } = input.context;
  if (state.cancellations.has(id)) {
    throw faults.publicError('This billing item is already scheduled for cancellation.');
  }
  if (owner?.kind === 'vlan') {
    const vlan = findVlan(state, owner.id);
    const reasons = vlan ? vlanCancelFailureReasons(vlan, state) : [];
    if (reasons.length > 0) throw faults.publicError(`This VLAN cannot be cancelled: ${reasons.join(' ')}`);
  }
  const snapshotSpace = snapshotSpaceVolume(id, state);
  if (snapshotSpace) {
    state.mutate(() => cancelSnapshotSpace(state, snapshotSpace, id, immediate, input.context.now));
    return value(true);
  }
  state.mutate(() => {
    if (immediate && owner?.kind === 'guest') {
      removeGuest(state, owner.id);
      return;
    }
    if (immediate && owner?.kind === 'license') {
      state.licenses.delete(owner.id);
      return;
    }
    if (immediate && owner?.kind === 'storage') {
      for (const snapshot of state.storageSnapshots.filter((item) => item.volumeId === owner.id)) {
        state.storageSnapshots.delete(snapshot.id);
      }
      state.storageVolumes.delete(owner.id);
      return;
    }
    if (immediate && owner?.kind === 'firewall') {
      state.firewalls.delete(owner.id);
      return;
    }
    if (immediate && owner?.kind === 'ipsec') {
      removeIpsecContext(state, owner.id);
      return;
    }
    if (immediate && owner?.kind === 'vlan') {
      state.orderedVlans.delete(owner.id);
      state.networkEdits.delete(owner.id);
      return;
    }
    if (immediate && owner?.kind === 'subnet') {
      state.orderedSubnets.delete(owner.id);
      state.networkEdits.delete(owner.id);
      return;
    }
    const ticketId = owner?.kind === 'hardware' ? openCancellationTicket(input, owner.id) : undefined;
    state.cancellations.insert({
      billingItemId: id,
      cancelledAt: input.context.now,
      ...(ticketId === undefined ? {} : { ticketId }),
    });
  });
  return value(true);
}

export const billingItemService: ServiceDefinition = {
  name: 'SoftLayer_Billing_Item',
  type: 'SoftLayer_Billing_Item',
  find,
  methods: {
    cancelItem: (input) => cancel(input, toFlag(input.call.args[0])),
    cancelService: (input) => cancel(input, true),
    cancelServiceOnAnniversaryDate: (input) => cancel(input, false),
  },
};
