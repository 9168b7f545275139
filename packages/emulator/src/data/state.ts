import type { DedicatedHostRecord } from './dedicated-host-record';
import type { NotificationRecord } from './notification-record';
import type { PortableDiskRecord } from './portable-disk-record';
import type {
  CancellationRecord,
  DomainRecord,
  EventRecord,
  GuestRecord,
  HardwareRecord,
  ImageRecord,
  InvoiceRecord,
  LoadBalancerRecord,
  OrderRecord,
  ResourceRecordRow,
  SecurityGroupBindingRecord,
  SecurityGroupRecord,
  SecurityGroupRuleRecord,
  SshKeyRecord,
  StorageSnapshotRecord,
  StorageVolumeRecord,
  TicketAttachmentRecord,
  TicketRecord,
  TicketUpdateRecord,
  UserRecord,
} from './records';
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
  notification: 9_100_001,
  portableDisk: 31_000_001,
  dedicatedHost: 656_001,
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
  /** Server monitoring notifications (absent in files written before they were emulated). */
  notifications?: NotificationRecord[];
  /** Portable storage volumes (absent in files written before they were emulated). */
  portableDisks?: PortableDiskRecord[];
  /** Dedicated hosts (absent in files written before they were emulated). */
  dedicatedHosts?: DedicatedHostRecord[];
}

/** The live account: tables indexed by id plus the id counters. Mutate only through `mutate`. */
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
  readonly cancellations: Map<number, CancellationRecord>;
  readonly events: Table<EventRecord>;
  readonly storageVolumes: Table<StorageVolumeRecord>;
  readonly storageSnapshots: Table<StorageSnapshotRecord>;
  readonly loadBalancers: Table<LoadBalancerRecord>;
  readonly securityGroups: Table<SecurityGroupRecord>;
  readonly securityGroupRules: Table<SecurityGroupRuleRecord>;
  readonly securityGroupBindings: Table<SecurityGroupBindingRecord>;
  readonly notifications: Table<NotificationRecord>;
  readonly portableDisks: Table<PortableDiskRecord>;
  readonly dedicatedHosts: Table<DedicatedHostRecord>;
  #listeners: Array<() => void> = [];

  constructor(snapshot: StateSnapshot) {
    this.seed = snapshot.seed;
    this.accountId = snapshot.accountId;
    this.companyName = snapshot.companyName;
    this.nextIds = { ...ID_BASES, ...snapshot.nextIds };
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
    this.cancellations = new Map(snapshot.cancellations.map((c) => [c.billingItemId, c]));
    this.events = new Table(snapshot.events ?? []);
    this.storageVolumes = new Table(snapshot.storageVolumes ?? []);
    this.storageSnapshots = new Table(snapshot.storageSnapshots ?? []);
    this.loadBalancers = new Table(snapshot.loadBalancers ?? []);
    this.securityGroups = new Table(snapshot.securityGroups ?? []);
    this.securityGroupRules = new Table(snapshot.securityGroupRules ?? []);
    this.securityGroupBindings = new Table(snapshot.securityGroupBindings ?? []);
    this.notifications = new Table(snapshot.notifications ?? []);
    this.portableDisks = new Table(snapshot.portableDisks ?? []);
    this.dedicatedHosts = new Table(snapshot.dedicatedHosts ?? []);
  }

  /** The next id of a kind (ids are never reused). */
  allocateId(kind: IdKind): number {
    const id = this.nextIds[kind];
    this.nextIds[kind] = id + 1;
    return id;
  }

  /**
   * Runs one change to the account. Changes are synchronous, so two requests never interleave inside one;
   * listeners (persistence) hear about every change afterwards.
   */
  mutate<T>(change: () => T): T {
    const result = change();
    for (const listener of this.#listeners) listener();
    return result;
  }

  onChange(listener: () => void): void {
    this.#listeners.push(listener);
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
      cancellations: [...this.cancellations.values()],
      events: [...this.events.all()],
      storageVolumes: [...this.storageVolumes.all()],
      storageSnapshots: [...this.storageSnapshots.all()],
      loadBalancers: [...this.loadBalancers.all()],
      securityGroups: [...this.securityGroups.all()],
      securityGroupRules: [...this.securityGroupRules.all()],
      securityGroupBindings: [...this.securityGroupBindings.all()],
      notifications: [...this.notifications.all()],
      portableDisks: [...this.portableDisks.all()],
      dedicatedHosts: [...this.dedicatedHosts.all()],
    };
  }
}
