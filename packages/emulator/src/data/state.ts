import { ChangeTracker } from './change-tracker';
import type { DedicatedHostRecord } from './dedicated-host-record';
import type { FirewallRecord, FirewallUpdateRequestRecord } from './firewall-record';
import type { IpsecContextRecord, IpsecCustomerSubnetRecord, IpsecTranslationRecord } from './ipsec-records';
import type { NetscalerRecord } from './netscaler-record';
import type { NotificationRecord } from './notification-record';
import type { OrderedVlanRecord } from './ordered-vlan-record';
import type { PlacementGroupRecord } from './placement-group-record';
import type { PortableDiskRecord } from './portable-disk-record';
import type {
  AllowedHostEditRecord,
  CancellationRecord,
  CdnMappingRecord,
  DeviceAccessRecord,
  DomainRecord,
  EventRecord,
  GuestRecord,
  HardwareRecord,
  ImageRecord,
  InvoiceRecord,
  IpAddressNoteRecord,
  LicenseRecord,
  LoadBalancerRecord,
  MessageDeliveryAccountRecord,
  NetworkEditRecord,
  NotificationEventRecord,
  NotificationOptOutRecord,
  ObjectStorageAccountRecord,
  OrderedSubnetRecord,
  OrderRecord,
  QuoteRecord,
  ResourceRecordRow,
  SecurityGroupBindingRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
  SshKeyRecord,
  SslCertificateRecord,
  StorageSnapshotRecord,
  StorageVolumeRecord,
  TicketAttachmentRecord,
  TicketRecord,
  TicketUpdateRecord,
  UnattachedTagRecord,
  UserRecord,
  VpnOverrideRecord,
} from './records';
import type { ReservedCapacityRecord } from './reserved-capacity-record';
import { trackRow } from './row-tracking';
import type { ScaleGroupRecord, ScaleLogRecord, ScalePolicyRecord } from './scale-group-record';
import type { SoftwareCredentialRecord } from './software-credential-record';
import { Table } from './table';

/** Where each kind of new object's ids start; real ids are large, so ours are too. */
export const ID_BASES = {
  guest: 80_000_001,
  hardware: 1_200_001,
  domain: 400_001,
  resourceRecord: 90_000_001,
  ticket: 150_000_001,
  ticketUpdate: 200_000_001,
  ticketAttachment: 3_000_001,
  sshKey: 2_500_001,
  image: 5_000_001,
  user: 7_000_001,
  invoice: 60_000_001,
  order: 120_000_001,
  transaction: 300_000_001,
  event: 500_000_001,
  /** Storage volumes and their snapshots share one id space (both are `SoftLayer_Network_Storage`). */
  storage: 42_000_001,
  loadBalancer: 610_001,
  /** A load balancer's listeners, members and health monitors share one id space. */
  loadBalancerPart: 880_001,
  securityGroup: 340_001,
  securityGroupRule: 4_100_001,
  securityGroupBinding: 6_200_001,
  notificationEvent: 9_100_001,
  license: 2_700_001,
  messageDeliveryAccount: 870_001,
  notificationOptOut: 11_000_001,
  vpnOverride: 3_661_001,
  deviceAccess: 12_000_001,
  objectStorageAccount: 1_230_001,
  objectStorageCredential: 1_103_001,
  quote: 2_950_001,
  /** Ordered subnets and global IPs (above the derived subnets' 1_500_000 range). */
  orderedSubnet: 1_700_001,
  /** VLANs ordered through NETWORK_VLAN (above the derived VLANs' 2_100_000 range). */
  orderedVlan: 2_200_001,
  sslCertificate: 930_001,
  cdnMapping: 11_223_301,
  notification: 9_100_001,
  portableDisk: 31_000_001,
  dedicatedHost: 656_001,
  softwareCredential: 18_000_001,
  placementGroup: 12_001,
  reservedCapacity: 3_101,
  scaleGroup: 12_345,
  scalePolicy: 11_111,
  scaleLog: 800_001,
  /** Firewalls of all kinds share one id space; their rules changes have their own. */
  firewall: 3_540_001,
  firewallUpdateRequest: 7_700_001,
  ipsecContext: 445_001,
  ipsecTranslation: 234_101,
  ipsecCustomerSubnet: 565_701,
  ipsecConfiguration: 77_000_001,
  /** Citrix NetScalers (`SoftLayer_Network_Application_Delivery_Controller`). */
  netscaler: 81_001,
} as const;

export type IdKind = keyof typeof ID_BASES;

/** The serialisable form of the whole account: what `--state FILE` holds. */
export interface StateSnapshot {
  format: 'sl-emulator-state';
  version: 1;
  seed: number;
  accountId: number;
  companyName: string;
  nextIds: Record<IdKind, number>;
  guests: GuestRecord[];
  hardware: HardwareRecord[];
  domains: DomainRecord[];
  resourceRecords: ResourceRecordRow[];
  tickets: TicketRecord[];
  ticketUpdates: TicketUpdateRecord[];
  ticketAttachments: TicketAttachmentRecord[];
  sshKeys: SshKeyRecord[];
  images: ImageRecord[];
  users: UserRecord[];
  invoices: InvoiceRecord[];
  orders: OrderRecord[];
  cancellations: CancellationRecord[];
  /** Audit events (absent in files written before they were kept). */
  events?: EventRecord[];
  /** Block and file volumes and their snapshots (absent in files written before storage was emulated). */
  storageVolumes?: StorageVolumeRecord[];
  storageSnapshots?: StorageSnapshotRecord[];
  /** IBM Cloud Load Balancers (absent in files written before load balancers were emulated). */
  loadBalancers?: LoadBalancerRecord[];
  /** Security groups, their rules and bindings (absent in files written before security groups were emulated). */
  securityGroups?: SecurityGroupRecord[];
  securityGroupRules?: SecurityGroupRuleRecord[];
  securityGroupBindings?: SecurityGroupBindingRecord[];
  /** The last journal record this snapshot holds (absent before the journal: 0); later records are replayed. */
  journalSequence?: number;
  /** Notification events, licenses and email delivery accounts (absent in files written before they were emulated). */
  notificationEvents?: NotificationEventRecord[];
  licenses?: LicenseRecord[];
  messageDeliveryAccounts?: MessageDeliveryAccountRecord[];
  /** Users' notification opt-outs, VPN subnets and device access (absent in files written before they were kept). */
  notificationOptOuts?: NotificationOptOutRecord[];
  vpnOverrides?: VpnOverrideRecord[];
  deviceAccess?: DeviceAccessRecord[];
  /** Cloud Object Storage accounts (absent in files written before they were emulated). */
  objectStorageAccounts?: ObjectStorageAccountRecord[];
  /** Quotes (absent in files written before they were kept). */
  quotes?: QuoteRecord[];
  /** Ordered subnets and global IPs, VLAN and subnet edits, IP address notes (absent in older files). */
  orderedSubnets?: OrderedSubnetRecord[];
  orderedVlans?: OrderedVlanRecord[];
  networkEdits?: NetworkEditRecord[];
  ipAddressNotes?: IpAddressNoteRecord[];
  /** Tags no object carries any more (absent in older files). */
  unattachedTags?: UnattachedTagRecord[];
  /** SSL certificates (absent in older files). */
  sslCertificates?: SslCertificateRecord[];
  /** CDN mappings with their origins and purges (absent in older files). */
  cdnMappings?: CdnMappingRecord[];
  /** Server monitoring notifications (absent in files written before they were emulated). */
  notifications?: NotificationRecord[];
  /** Portable storage volumes (absent in files written before they were emulated). */
  portableDisks?: PortableDiskRecord[];
  /** Dedicated hosts (absent in files written before they were emulated). */
  dedicatedHosts?: DedicatedHostRecord[];
  /** Users and passwords added to hardware software (absent in files written before they were emulated). */
  softwareCredentials?: SoftwareCredentialRecord[];
  /** Placement groups (absent in files written before they were emulated). */
  placementGroups?: PlacementGroupRecord[];
  /** Reserved capacity groups (absent in files written before they were emulated). */
  reservedCapacityGroups?: ReservedCapacityRecord[];
  /** Autoscale groups, their policies and logs (absent in files written before they were emulated). */
  scaleGroups?: ScaleGroupRecord[];
  scalePolicies?: ScalePolicyRecord[];
  scaleLogs?: ScaleLogRecord[];
  /** Firewalls and their rules changes (absent in files written before they were emulated). */
  firewalls?: FirewallRecord[];
  firewallUpdateRequests?: FirewallUpdateRequestRecord[];
  /** IPsec tunnel contexts, their translations and remote subnets (absent in older files). */
  ipsecContexts?: IpsecContextRecord[];
  ipsecTranslations?: IpsecTranslationRecord[];
  ipsecCustomerSubnets?: IpsecCustomerSubnetRecord[];
  /** CHAP passwords and subnet ACLs of storage allowed hosts (absent in older files). */
  allowedHostEdits?: AllowedHostEditRecord[];
  /** Citrix NetScalers (absent in files written before they were emulated). */
  netscalers?: NetscalerRecord[];
}

/**
 * One committed change, as the journal stores it: per table, the changed rows whole (as they are after the
 * change) and the keys of deleted rows; the id counters when they moved. Rows are the live objects: serialise
 * them before the next change.
 */
export interface StateChange {
  tables: Record<string, { put: object[]; delete: number[] }>;
  nextIds?: Record<IdKind, number>;
}

/** The name under which the id counters travel in a change. */
const NEXT_IDS = 'nextIds';

/**
 * The live account: tables by id plus the id counters. Change it only inside `mutate`: a change that throws is
 * undone, and one that ends well is handed to the `onChange` listeners (the journal). Every `Table` field is a
 * table of the account: it is journaled, saved and replayed by its field name, with no list to update.
 */
export class EmulatorState {
  readonly seed: number;
  readonly accountId: number;
  readonly companyName: string;
  readonly nextIds: Record<IdKind, number>;
  readonly guests: Table<GuestRecord>;
  readonly hardware: Table<HardwareRecord>;
  readonly domains: Table<DomainRecord>;
  readonly resourceRecords: Table<ResourceRecordRow>;
  readonly tickets: Table<TicketRecord>;
  readonly ticketUpdates: Table<TicketUpdateRecord>;
  readonly ticketAttachments: Table<TicketAttachmentRecord>;
  readonly sshKeys: Table<SshKeyRecord>;
  readonly images: Table<ImageRecord>;
  readonly users: Table<UserRecord>;
  readonly invoices: Table<InvoiceRecord>;
  readonly orders: Table<OrderRecord>;
  readonly cancellations: Table<CancellationRecord>;
  readonly events: Table<EventRecord>;
  readonly storageVolumes: Table<StorageVolumeRecord>;
  readonly storageSnapshots: Table<StorageSnapshotRecord>;
  readonly loadBalancers: Table<LoadBalancerRecord>;
  readonly securityGroups: Table<SecurityGroupRecord>;
  readonly securityGroupRules: Table<SecurityGroupRuleRecord>;
  readonly securityGroupBindings: Table<SecurityGroupBindingRecord>;
  #listeners: Array<(change: StateChange) => void> = [];
  readonly #tracker = new ChangeTracker(() => this.#commit());
  #tables: ReadonlyMap<string, Table<object>> | undefined;
  #commits = 0;
  readonly notificationEvents: Table<NotificationEventRecord>;
  readonly licenses: Table<LicenseRecord>;
  readonly messageDeliveryAccounts: Table<MessageDeliveryAccountRecord>;
  readonly notificationOptOuts: Table<NotificationOptOutRecord>;
  readonly vpnOverrides: Table<VpnOverrideRecord>;
  readonly deviceAccess: Table<DeviceAccessRecord>;
  readonly objectStorageAccounts: Table<ObjectStorageAccountRecord>;
  readonly quotes: Table<QuoteRecord>;
  readonly orderedSubnets: Table<OrderedSubnetRecord>;
  readonly orderedVlans: Table<OrderedVlanRecord>;
  readonly networkEdits: Table<NetworkEditRecord>;
  readonly ipAddressNotes: Table<IpAddressNoteRecord>;
  readonly unattachedTags: Table<UnattachedTagRecord>;
  readonly sslCertificates: Table<SslCertificateRecord>;
  readonly cdnMappings: Table<CdnMappingRecord>;
  readonly notifications: Table<NotificationRecord>;
  readonly portableDisks: Table<PortableDiskRecord>;
  readonly dedicatedHosts: Table<DedicatedHostRecord>;
  readonly softwareCredentials: Table<SoftwareCredentialRecord>;
  readonly placementGroups: Table<PlacementGroupRecord>;
  readonly reservedCapacityGroups: Table<ReservedCapacityRecord>;
  readonly scaleGroups: Table<ScaleGroupRecord>;
  readonly scalePolicies: Table<ScalePolicyRecord>;
  readonly scaleLogs: Table<ScaleLogRecord>;
  readonly firewalls: Table<FirewallRecord>;
  readonly firewallUpdateRequests: Table<FirewallUpdateRequestRecord>;
  readonly ipsecContexts: Table<IpsecContextRecord>;
  readonly ipsecTranslations: Table<IpsecTranslationRecord>;
  readonly ipsecCustomerSubnets: Table<IpsecCustomerSubnetRecord>;
  readonly allowedHostEdits: Table<AllowedHostEditRecord>;
  readonly netscalers: Table<NetscalerRecord>;

  constructor(snapshot: StateSnapshot) {
    this.seed = snapshot.seed;
    this.accountId = snapshot.accountId;
    this.companyName = snapshot.companyName;
    this.nextIds = trackRow(
      { ...ID_BASES, ...snapshot.nextIds },
      { beforeWrite: (key, undo) => this.#tracker.beforeWrite(NEXT_IDS, key, undo) },
      0,
    );
    this.guests = new Table(snapshot.guests);
    this.hardware = new Table(snapshot.hardware);
    this.domains = new Table(snapshot.domains);
    this.resourceRecords = new Table(snapshot.resourceRecords);
    this.tickets = new Table(snapshot.tickets);
    this.ticketUpdates = new Table(snapshot.ticketUpdates);
    this.ticketAttachments = new Table(snapshot.ticketAttachments);
    this.sshKeys = new Table(snapshot.sshKeys);
    this.images = new Table(snapshot.images);
    this.users = new Table(snapshot.users);
    this.invoices = new Table(snapshot.invoices);
    this.orders = new Table(snapshot.orders);
    this.cancellations = new Table(snapshot.cancellations, (cancellation) => cancellation.billingItemId);
    this.events = new Table(snapshot.events ?? []);
    this.storageVolumes = new Table(snapshot.storageVolumes ?? []);
    this.storageSnapshots = new Table(snapshot.storageSnapshots ?? []);
    this.loadBalancers = new Table(snapshot.loadBalancers ?? []);
    this.securityGroups = new Table(snapshot.securityGroups ?? []);
    this.securityGroupRules = new Table(snapshot.securityGroupRules ?? []);
    this.securityGroupBindings = new Table(snapshot.securityGroupBindings ?? []);
    this.notificationEvents = new Table(snapshot.notificationEvents ?? []);
    this.licenses = new Table(snapshot.licenses ?? []);
    this.messageDeliveryAccounts = new Table(snapshot.messageDeliveryAccounts ?? []);
    this.notificationOptOuts = new Table(snapshot.notificationOptOuts ?? []);
    this.vpnOverrides = new Table(snapshot.vpnOverrides ?? []);
    this.deviceAccess = new Table(snapshot.deviceAccess ?? []);
    this.objectStorageAccounts = new Table(snapshot.objectStorageAccounts ?? []);
    this.quotes = new Table(snapshot.quotes ?? []);
    this.orderedSubnets = new Table(snapshot.orderedSubnets ?? []);
    this.orderedVlans = new Table(snapshot.orderedVlans ?? []);
    this.networkEdits = new Table(snapshot.networkEdits ?? []);
    this.ipAddressNotes = new Table(snapshot.ipAddressNotes ?? []);
    this.unattachedTags = new Table(snapshot.unattachedTags ?? []);
    this.sslCertificates = new Table(snapshot.sslCertificates ?? []);
    this.cdnMappings = new Table(snapshot.cdnMappings ?? []);
    this.notifications = new Table(snapshot.notifications ?? []);
    this.portableDisks = new Table(snapshot.portableDisks ?? []);
    this.dedicatedHosts = new Table(snapshot.dedicatedHosts ?? []);
    this.softwareCredentials = new Table(snapshot.softwareCredentials ?? []);
    this.placementGroups = new Table(snapshot.placementGroups ?? []);
    this.reservedCapacityGroups = new Table(snapshot.reservedCapacityGroups ?? []);
    this.scaleGroups = new Table(snapshot.scaleGroups ?? []);
    this.scalePolicies = new Table(snapshot.scalePolicies ?? []);
    this.scaleLogs = new Table(snapshot.scaleLogs ?? []);
    this.firewalls = new Table(snapshot.firewalls ?? []);
    this.firewallUpdateRequests = new Table(snapshot.firewallUpdateRequests ?? []);
    this.ipsecContexts = new Table(snapshot.ipsecContexts ?? []);
    this.ipsecTranslations = new Table(snapshot.ipsecTranslations ?? []);
    this.ipsecCustomerSubnets = new Table(snapshot.ipsecCustomerSubnets ?? []);
    this.allowedHostEdits = new Table(snapshot.allowedHostEdits ?? []);
    this.netscalers = new Table(snapshot.netscalers ?? []);
  }

  /** The next id of a kind (ids are never reused). */
  allocateId(kind: IdKind): number {
    const id = this.nextIds[kind];
    this.nextIds[kind] = id + 1;
    return id;
  }

  /**
   * Runs one change to the account. Changes are synchronous, so two requests never interleave inside one. If the
   * change throws, everything it wrote is undone (the state is as it was) and the error goes on; else listeners
   * (the journal) hear about the change. Changes nest: an inner one is part of the outer one.
   */
  mutate<T>(change: () => T): T {
    this.tables();
    return this.#tracker.run(change);
  }

  /** Hears every committed change (after it is made, before anything else runs). */
  onChange(listener: (change: StateChange) => void): void {
    this.tables();
    this.#listeners.push(listener);
  }

  /** How many changes were committed so far: a call that moved it changed the account. */
  get commits(): number {
    return this.#commits;
  }

  /** The account's tables by name: every `Table` field of the state (found once, then tracked). */
  tables(): ReadonlyMap<string, Table<object>> {
    if (!this.#tables) {
      const tables = new Map<string, Table<object>>();
      for (const [name, value] of Object.entries(this)) {
        if (value instanceof Table) {
          value.track(name, this.#tracker);
          tables.set(name, value as Table<object>);
        }
      }
      this.#tables = tables;
    }
    return this.#tables;
  }

  /** Applies a change read back from the journal (rows replaced whole, keys deleted), recording nothing. */
  applyChange(change: StateChange): void {
    const tables = this.tables();
    this.#tracker.silently(() => {
      for (const [name, rows] of Object.entries(change.tables)) {
        const table = tables.get(name);
        if (!table) throw new Error(`the change names a table this emulator does not have: ${name}`);
        for (const key of rows.delete) table.delete(key);
        for (const row of rows.put) table.put(row);
      }
      if (change.nextIds) Object.assign(this.nextIds, change.nextIds);
    });
  }

  #commit(): void {
    const changed = this.#tracker.takeChanged();
    if (changed.length === 0) return;
    this.#commits++;
    if (this.#listeners.length === 0) return;
    const tables = this.tables();
    const change: StateChange = { tables: {} };
    for (const { table: name, key } of changed) {
      if (name === NEXT_IDS) {
        change.nextIds = { ...this.nextIds };
        continue;
      }
      change.tables[name] ??= { put: [], delete: [] };
      const row = tables.get(name)?.stored(key);
      if (row) change.tables[name].put.push(row);
      else change.tables[name].delete.push(key);
    }
    for (const listener of this.#listeners) listener(change);
  }

  snapshot(): StateSnapshot {
    return {
      format: 'sl-emulator-state',
      version: 1,
      seed: this.seed,
      accountId: this.accountId,
      companyName: this.companyName,
      nextIds: { ...this.nextIds },
      guests: [...this.guests.all()],
      hardware: [...this.hardware.all()],
      domains: [...this.domains.all()],
      resourceRecords: [...this.resourceRecords.all()],
      tickets: [...this.tickets.all()],
      ticketUpdates: [...this.ticketUpdates.all()],
      ticketAttachments: [...this.ticketAttachments.all()],
      sshKeys: [...this.sshKeys.all()],
      images: [...this.images.all()],
      users: [...this.users.all()],
      invoices: [...this.invoices.all()],
      orders: [...this.orders.all()],
      cancellations: [...this.cancellations.all()],
      events: [...this.events.all()],
      storageVolumes: [...this.storageVolumes.all()],
      storageSnapshots: [...this.storageSnapshots.all()],
      loadBalancers: [...this.loadBalancers.all()],
      securityGroups: [...this.securityGroups.all()],
      securityGroupRules: [...this.securityGroupRules.all()],
      securityGroupBindings: [...this.securityGroupBindings.all()],
      notificationEvents: [...this.notificationEvents.all()],
      licenses: [...this.licenses.all()],
      messageDeliveryAccounts: [...this.messageDeliveryAccounts.all()],
      notificationOptOuts: [...this.notificationOptOuts.all()],
      vpnOverrides: [...this.vpnOverrides.all()],
      deviceAccess: [...this.deviceAccess.all()],
      objectStorageAccounts: [...this.objectStorageAccounts.all()],
      quotes: [...this.quotes.all()],
      orderedSubnets: [...this.orderedSubnets.all()],
      orderedVlans: [...this.orderedVlans.all()],
      networkEdits: [...this.networkEdits.all()],
      ipAddressNotes: [...this.ipAddressNotes.all()],
      unattachedTags: [...this.unattachedTags.all()],
      sslCertificates: [...this.sslCertificates.all()],
      cdnMappings: [...this.cdnMappings.all()],
      notifications: [...this.notifications.all()],
      portableDisks: [...this.portableDisks.all()],
      dedicatedHosts: [...this.dedicatedHosts.all()],
      softwareCredentials: [...this.softwareCredentials.all()],
      placementGroups: [...this.placementGroups.all()],
      reservedCapacityGroups: [...this.reservedCapacityGroups.all()],
      scaleGroups: [...this.scaleGroups.all()],
      scalePolicies: [...this.scalePolicies.all()],
      scaleLogs: [...this.scaleLogs.all()],
      firewalls: [...this.firewalls.all()],
      firewallUpdateRequests: [...this.firewallUpdateRequests.all()],
      ipsecContexts: [...this.ipsecContexts.all()],
      ipsecTranslations: [...this.ipsecTranslations.all()],
      ipsecCustomerSubnets: [...this.ipsecCustomerSubnets.all()],
      allowedHostEdits: [...this.allowedHostEdits.all()],
      netscalers: [...this.netscalers.all()],
    };
  }
}
