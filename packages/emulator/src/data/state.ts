import type {
  CancellationRecord,
  CdnMappingRecord,
  DomainRecord,
  EventRecord,
  GuestRecord,
  HardwareRecord,
  ImageRecord,
  InvoiceRecord,
  IpAddressNoteRecord,
  LoadBalancerRecord,
  NetworkEditRecord,
  OrderedSubnetRecord,
  OrderRecord,
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
  /** Ordered subnets and global IPs (above the derived subnets' 1_500_000 range). */
  orderedSubnet: 1_700_001,
  sslCertificate: 930_001,
  cdnMapping: 11_223_301,
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
  /** Ordered subnets and global IPs, VLAN and subnet edits, IP address notes (absent in older files). */
  orderedSubnets?: OrderedSubnetRecord[];
  networkEdits?: NetworkEditRecord[];
  ipAddressNotes?: IpAddressNoteRecord[];
  /** Tags no object carries any more (absent in older files). */
  unattachedTags?: UnattachedTagRecord[];
  /** SSL certificates (absent in older files). */
  sslCertificates?: SslCertificateRecord[];
  /** CDN mappings with their origins and purges (absent in older files). */
  cdnMappings?: CdnMappingRecord[];
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
  readonly orderedSubnets: Table<OrderedSubnetRecord>;
  readonly networkEdits: Table<NetworkEditRecord>;
  readonly ipAddressNotes: Table<IpAddressNoteRecord>;
  readonly unattachedTags: Table<UnattachedTagRecord>;
  readonly sslCertificates: Table<SslCertificateRecord>;
  readonly cdnMappings: Table<CdnMappingRecord>;
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
    this.orderedSubnets = new Table(snapshot.orderedSubnets ?? []);
    this.networkEdits = new Table(snapshot.networkEdits ?? []);
    this.ipAddressNotes = new Table(snapshot.ipAddressNotes ?? []);
    this.unattachedTags = new Table(snapshot.unattachedTags ?? []);
    this.sslCertificates = new Table(snapshot.sslCertificates ?? []);
    this.cdnMappings = new Table(snapshot.cdnMappings ?? []);
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
      orderedSubnets: [...this.orderedSubnets.all()],
      networkEdits: [...this.networkEdits.all()],
      ipAddressNotes: [...this.ipAddressNotes.all()],
      unattachedTags: [...this.unattachedTags.all()],
      sslCertificates: [...this.sslCertificates.all()],
      cdnMappings: [...this.cdnMappings.all()],
    };
  }
}
