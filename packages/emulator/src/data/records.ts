// The emulator's stored rows. They hold what cannot be derived; views (src/models) build API objects from them.

export interface TransactionRecord {
  id: number;
  /** `provision`, `reload` or `generic` (a long-running seeded transaction). */
  kind: 'provision' | 'reload' | 'generic';
  groupName: string;
  startedAt: number;
  endsAt: number;
}

export interface GuestRecord {
  id: number;
  hostname: string;
  domain: string;
  maxCpu: number;
  maxMemory: number;
  datacenterId: number;
  /** Position of the guest's addresses inside its datacenter's subnets. */
  ipIndex: number;
  osCode: string;
  hourly: boolean;
  localDisk: boolean;
  privateNetworkOnly: boolean;
  dedicated: boolean;
  createdAt: number;
  modifiedAt: number;
  provisionedAt: number | null;
  powerState: 'RUNNING' | 'HALTED' | 'PAUSED';
  tags: string[];
  notes?: string;
  userData?: string;
  postInstallScriptUri?: string;
  globalIdentifier: string;
  uuid: string;
  rootPassword: string;
  sshKeyIds: number[];
  transaction: TransactionRecord | null;
  lastReloadId: number | null;
  imageTemplateId: number | null;
  publicSpeed: number;
  privateSpeed: number;
  orderId: number;
  presetKeyName: string | null;
  ownerUserId: number;
}

export interface HardwareRecord {
  id: number;
  hostname: string;
  domain: string;
  cores: number;
  memoryGb: number;
  datacenterId: number;
  ipIndex: number;
  osCode: string;
  hourly: boolean;
  createdAt: number;
  provisionedAt: number;
  tags: string[];
  notes?: string;
  userData?: string;
  globalIdentifier: string;
  rootPassword: string;
  transaction: TransactionRecord | null;
  lastReloadId: number | null;
  publicSpeed: number;
  privateSpeed: number;
}

export interface DomainRecord {
  id: number;
  name: string;
  serial: number;
  updatedAt: number;
}

export interface ResourceRecordRow {
  id: number;
  domainId: number;
  host: string;
  type: string;
  data: string;
  ttl: number;
  mxPriority?: number;
  service?: string;
  protocol?: string;
  port?: number;
  priority?: number;
  weight?: number;
}

export interface TicketUpdateRecord {
  id: number;
  ticketId: number;
  entry: string;
  createdAt: number;
  editorType: 'USER' | 'EMPLOYEE';
  editorId: number;
}

export interface TicketAttachmentRecord {
  id: number;
  ticketId: number;
  fileName: string;
  fileSize: number;
  createdAt: number;
  /** Base64 of the uploaded bytes. */
  data: string;
}

export interface TicketRecord {
  id: number;
  title: string;
  subjectId: number;
  statusId: number;
  priority: number;
  assignedUserId: number;
  createdAt: number;
  modifiedAt: number;
  serviceProviderResourceId: number;
  attachedGuestIds: number[];
  attachedHardwareIds: number[];
}

export interface SshKeyRecord {
  id: number;
  label: string;
  key: string;
  fingerprint: string;
  notes?: string;
  createdAt: number;
  modifiedAt: number;
}

export interface ImageRecord {
  id: number;
  name: string;
  note?: string;
  globalIdentifier: string;
  createdAt: number;
  /** null for the public images every account sees. */
  accountId: number | null;
  osCode: string;
  sourceGuestId: number | null;
  tags: string[];
  datacenterIds: number[];
}

export interface UserRecord {
  id: number;
  username: string;
  firstName: string;
  lastName: string;
  email: string;
  apiKey: string;
  password: string;
  createdAt: number;
  parentId: number | null;
  permissions: string[];
}

export interface InvoiceRecord {
  id: number;
  createdAt: number;
  statusCode: 'OPEN' | 'CLOSED';
  typeCode: 'RECURRING' | 'ONE-TIME-CHARGE' | 'NEW';
  amount: number;
  itemCount: number;
}

export interface OrderRecord {
  id: number;
  createdAt: number;
  userId: number;
  priceIds: number[];
  guestIds: number[];
  status: 'APPROVED' | 'PENDING_AUTO_APPROVAL';
}

/** Billing items of things that are not guests or hardware, and cancellations of any billing item. */
export interface CancellationRecord {
  billingItemId: number;
  cancelledAt: number;
  /** The cancellation ticket opened for it (hardware is reclaimed through a ticket). */
  ticketId?: number;
}

/** One audit event (`SoftLayer_Event_Log`): a change made through the API. */
export interface EventRecord {
  id: number;
  createdAt: number;
  eventName: string;
  objectName: string;
  objectId: number;
  label: string;
  userId: number;
  traceId: string;
}

/** The four kinds of snapshot schedule (`SNAPSHOT_<type>` in the API). */
export type SnapshotScheduleType = 'INTERVAL' | 'HOURLY' | 'DAILY' | 'WEEKLY';

/** A snapshot schedule of a storage volume (`enableSnapshots` / `disableSnapshots`). */
export interface SnapshotScheduleRecord {
  type: SnapshotScheduleType;
  /** How many scheduled snapshots are kept. */
  retentionCount: number;
  minute: number;
  hour: number;
  /** `SUNDAY` … `SATURDAY` (used by weekly schedules). */
  dayOfWeek: string;
  active: boolean;
  createdAt: number;
}

/** A block (iSCSI) or file (NFS) volume: `SoftLayer_Network_Storage` of the Endurance or Performance offering. */
export interface StorageVolumeRecord {
  id: number;
  kind: 'block' | 'file';
  offering: 'ENDURANCE' | 'PERFORMANCE';
  /** `SL02SEL307609-1` (block) or `SL02SV307609_1` (file). */
  username: string;
  password: string;
  capacityGb: number;
  /** Endurance tier key (`READHEAVY_TIER`, …); null for Performance volumes. */
  tierLevel: string | null;
  provisionedIops: number;
  datacenterId: number;
  /** Which of the datacenter's storage clusters serves it (names and the target address derive from it). */
  clusterIndex: number;
  /** Block only: the LUN id and the OS type key (`LINUX`, `VMWARE`, …). */
  lunId: number | null;
  osType: string | null;
  bytesUsed: number;
  notes?: string;
  createdAt: number;
  hourly: boolean;
  snapshotCapacityGb: number;
  snapshotSchedules: SnapshotScheduleRecord[];
  snapshotNotification: boolean;
  allowedGuestIds: number[];
  allowedHardwareIds: number[];
  /** Addresses (dotted quads) of allowed `SoftLayer_Network_Subnet_IpAddress` objects. */
  allowedIpAddresses: string[];
  allowedSubnetIds: number[];
  transaction: TransactionRecord | null;
  orderId: number;
}

/** A snapshot of a storage volume: a `SoftLayer_Network_Storage` of nasType `SNAPSHOT` under its volume. */
export interface StorageSnapshotRecord {
  id: number;
  volumeId: number;
  username: string;
  notes?: string;
  createdAt: number;
  sizeBytes: number;
  /** The schedule that took it; null for a manual snapshot (`createSnapshot`). */
  scheduleType: SnapshotScheduleType | null;
}
