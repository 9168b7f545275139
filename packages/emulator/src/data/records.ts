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
