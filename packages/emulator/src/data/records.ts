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
  /** The dedicated host the guest runs on (absent: a shared host). */
  dedicatedHostId?: number;
  /** The placement group it was ordered into (absent: none). */
  placementGroupId?: number;
  /** The reserved capacity group whose instance it runs in (absent: none). */
  reservedCapacityId?: number;
  /** The autoscale group it is a member of (absent: none). */
  scaleGroupId?: number;
}

export interface HardwareRecord {
  id: number;
  /** The IPMI (management) interface was turned off with `toggleManagementInterface(false)`. */
  ipmiDisabled?: boolean;
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
  /** Drives added or resized by upgrades: capacity in GB by slot category (`disk2`); slots 0 and 1 hold 2 TB. */
  drives?: Record<string, number>;
  /** The disk controller chosen by an upgrade (absent: `RAID`). */
  diskController?: string;
  /** When each component's firmware was updated (absent: never since it was provisioned). */
  firmwareUpdates?: Partial<Record<'ipmi' | 'raidController' | 'bios' | 'hardDrive', number[]>>;
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
  /** The request an asynchronous change answered with (security groups), kept in the event's metaData. */
  requestId?: string;
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
  /** A replica: the id of the primary volume it replicates. */
  replicaOfId?: number;
  /** A replica: the origin volume's snapshot schedule it replicates on (`REPLICATION_<type>`; absent: DAILY). */
  replicationScheduleType?: SnapshotScheduleType;
  /** A duplicate: the volume (and snapshot) it was made from, and whether it still depends on it. */
  duplicateOf?: { volumeId: number; snapshotId?: number; dependent: boolean };
  /** A primary failed over to one of its replicas (`failoverToReplicant`; `disaster` when it cannot fail back). */
  failover?: { replicantId: number; disaster: boolean; at: number };
}

/**
 * What was changed on a `SoftLayer_Network_Storage_Allowed_Host` (its id): the CHAP password set with
 * `setCredentialPassword` and the subnets in its access control list (`assignSubnetsToAcl`).
 */
export interface AllowedHostEditRecord {
  id: number;
  password?: string;
  subnetIds: number[];
  modifiedAt: number;
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

/** The backend protocols and frontend protocols of a load balancer (`HTTPS` frontends need a certificate). */
export type LoadBalancerProtocol = 'HTTP' | 'HTTPS' | 'TCP';

/** A pool's health check (`SoftLayer_Network_LBaaS_HealthMonitor`); its type is the pool's protocol. */
export interface LoadBalancerHealthMonitorRecord {
  id: number;
  uuid: string;
  /** Seconds between checks (2-60). */
  interval: number;
  /** Failed checks before a member is DOWN (1-10). */
  maxRetries: number;
  /** Seconds to wait for an answer (1-59). */
  timeout: number;
  /** The path an HTTP(S) check asks for; null for TCP checks. */
  urlPath: string | null;
  createdAt: number;
  modifiedAt: number;
}

/** A listener's default pool (`SoftLayer_Network_LBaaS_Pool`, a backend): where and how requests go. */
export interface LoadBalancerPoolRecord {
  uuid: string;
  protocol: LoadBalancerProtocol;
  protocolPort: number;
  /** `ROUNDROBIN`, `WEIGHTED_RR` or `LEASTCONNECTION`. */
  loadBalancingAlgorithm: string;
  /** Session stickiness: `SOURCE_IP`, `HTTP_COOKIE`, or null for none. */
  sessionType: string | null;
  createdAt: number;
  modifiedAt: number;
  healthMonitor: LoadBalancerHealthMonitorRecord;
}

/** A listener (`SoftLayer_Network_LBaaS_Listener`, a frontend) with its default pool. */
export interface LoadBalancerListenerRecord {
  id: number;
  uuid: string;
  protocol: LoadBalancerProtocol;
  protocolPort: number;
  connectionLimit: number | null;
  /** Idle seconds before the client (or server) connection is closed (1-7200). */
  clientTimeout: number | null;
  serverTimeout: number | null;
  /** The certificate of an HTTPS listener. */
  tlsCertificateId: number | null;
  createdAt: number;
  modifiedAt: number;
  pool: LoadBalancerPoolRecord;
  /** Its layer 7 policies (absent in states saved before they were emulated: none). */
  l7Policies?: LoadBalancerL7PolicyRecord[];
}

/** A member (`SoftLayer_Network_LBaaS_Member`): a server the load balancer sends requests to, in every pool. */
export interface LoadBalancerMemberRecord {
  id: number;
  uuid: string;
  /** The server's private IP address. */
  address: string;
  /** Share of the requests under `WEIGHTED_RR` (0-100). */
  weight: number;
  createdAt: number;
  modifiedAt: number;
}

/** An IBM Cloud Load Balancer (`SoftLayer_Network_LBaaS_LoadBalancer`) with its listeners, pools and members. */
export interface LoadBalancerRecord {
  id: number;
  uuid: string;
  name: string;
  description: string;
  datacenterId: number;
  /** 0 private to private, 1 public to private, 2 public to public (the reference's `LoadBalancerManager.TYPE`). */
  type: 0 | 1 | 2;
  isDataLogEnabled: boolean;
  createdAt: number;
  modifiedAt: number;
  listeners: LoadBalancerListenerRecord[];
  members: LoadBalancerMemberRecord[];
  /** The configured `SoftLayer_Network_LBaaS_SSLCipher` ids. */
  sslCipherIds: number[];
  /** When a cancelled load balancer is gone (it is DELETE_PENDING until then); null while it is active. */
  deletedAt: number | null;
  /** Its layer 7 pools (absent in states saved before they were emulated: none). */
  l7Pools?: LoadBalancerL7PoolRecord[];
}

/** A server of an L7 pool (`SoftLayer_Network_LBaaS_L7Member`): an address, its port and weight. */
export interface LoadBalancerL7MemberRecord {
  id: number;
  uuid: string;
  address: string;
  port: number;
  weight: number;
  createdAt: number;
  modifiedAt: number;
}

/** An L7 pool (`SoftLayer_Network_LBaaS_L7Pool`): a backend an L7 policy may send requests to. */
export interface LoadBalancerL7PoolRecord {
  id: number;
  uuid: string;
  name: string;
  protocol: 'HTTP' | 'HTTPS';
  loadBalancingAlgorithm: string;
  /** `SOURCE_IP`, or null for none (`SoftLayer_Network_LBaaS_L7SessionAffinity`). */
  sessionType: string | null;
  createdAt: number;
  modifiedAt: number;
  members: LoadBalancerL7MemberRecord[];
  healthMonitor: LoadBalancerHealthMonitorRecord;
}

/** A rule of an L7 policy (`SoftLayer_Network_LBaaS_L7Rule`): what a request must match. */
export interface LoadBalancerL7RuleRecord {
  id: number;
  uuid: string;
  /** `HOST_NAME`, `FILE_TYPE`, `HEADER`, `COOKIE` or `PATH`. */
  type: string;
  /** `EQUAL_TO`, `ENDS_WITH`, `STARTS_WITH`, `REGEX` or `CONTAINS`. */
  comparisonType: string;
  value: string;
  /** The header or cookie name (`HEADER` and `COOKIE` rules). */
  key: string | null;
  invert: boolean;
  createdAt: number;
  modifiedAt: number;
}

/** An L7 policy of a listener (`SoftLayer_Network_LBaaS_L7Policy`): where matching requests go. */
export interface LoadBalancerL7PolicyRecord {
  id: number;
  uuid: string;
  name: string;
  /** `REJECT`, `REDIRECT_URL`, `REDIRECT_POOL` or `REDIRECT_HTTPS`. */
  action: string;
  /** Lower first (1-100). */
  priority: number;
  redirectL7PoolId: number | null;
  redirectUrl: string | null;
  createdAt: number;
  modifiedAt: number;
  rules: LoadBalancerL7RuleRecord[];
}

/** A security group (`SoftLayer_Network_SecurityGroup`); its rules and bindings are rows of their own. */
export interface SecurityGroupRecord {
  id: number;
  /** Optional in the API: a group may have neither. */
  name: string | null;
  description: string | null;
  createdAt: number;
  modifiedAt: number;
}

/** A rule of a security group (`SoftLayer_Network_SecurityGroup_Rule`); null means "any". */
export interface SecurityGroupRuleRecord {
  id: number;
  securityGroupId: number;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  /** `tcp`, `udp`, `icmp` or `vrrp`; null for every protocol. */
  protocol: string | null;
  /** Ports (tcp/udp), or the ICMP type (min) and code (max). */
  portRangeMin: number | null;
  portRangeMax: number | null;
  /** An address or CIDR block the rule allows; not with `remoteGroupId`. */
  remoteIp: string | null;
  /** A security group whose members the rule allows; not with `remoteIp`. */
  remoteGroupId: number | null;
  createdAt: number;
  modifiedAt: number;
}

/** A guest network component attached to a security group (`…_SecurityGroup_NetworkComponentBinding`). */
export interface SecurityGroupBindingRecord {
  id: number;
  securityGroupId: number;
  /** A `SoftLayer_Virtual_Guest_Network_Component` id (`guestId * 2 + port`). */
  networkComponentId: number;
  createdAt: number;
}

/** A notification event (`SoftLayer_Notification_Occurrence_Event`): planned maintenance, an incident, news. */
export interface NotificationEventRecord {
  id: number;
  typeKeyName: 'PLANNED' | 'UNPLANNED_INCIDENT' | 'ANNOUNCEMENT';
  subject: string;
  summary: string;
  startAt: number;
  endAt: number;
  modifiedAt: number;
  statusKeyName: 'PUBLISHED' | 'ACTIVE' | 'COMPLETED';
  systemTicketId: number;
  acknowledged: boolean;
  /** The account's guests and servers the event touches. */
  impactedGuestIds: number[];
  impactedHardwareIds: number[];
  updates: Array<{ at: number; contents: string }>;
}

/**
 * A software license of the account: a control panel license bound to a server's address (`virtual`, what
 * `getActiveVirtualLicenses` lists) or an account license such as VMware (`account`, `getActiveAccountLicenses`).
 */
export interface LicenseRecord {
  id: number;
  kind: 'virtual' | 'account';
  /** The item key name it was ordered by. */
  itemKeyName: string;
  softwareName: string;
  manufacturer: string;
  longDescription: string;
  /** The license key. */
  key: string;
  /** CPUs it covers (account licenses). */
  capacity: number;
  /** The user it needs (`root`, `administrator`). */
  requiredUser: string;
  /** The address a control panel license is bound to. */
  ipAddress: string | null;
  monthlyFee: number;
  datacenterId: number;
  createdAt: number;
}

/** A network message delivery (email) account (`SoftLayer_Network_Message_Delivery_Email_Sendgrid`). */
export interface MessageDeliveryAccountRecord {
  id: number;
  username: string;
  password: string;
  emailAddress: string;
  typeKeyName: 'FREE_PACKAGE' | 'BASIC' | 'ENTERPRISE';
  smtpAccess: boolean;
  createdAt: number;
  modifiedAt: number;
  /** Deterministic daily delivery statistics are derived from the id; this scales them. */
  dailyVolume: number;
}

/** A user's opt-out of one email notification (`SoftLayer_Email_Subscription::disable`); absent means enabled. */
export interface NotificationOptOutRecord {
  id: number;
  userId: number;
  subscriptionId: number;
}

/** A subnet a user may reach over the VPN (`SoftLayer_Network_Service_Vpn_Overrides`). */
export interface VpnOverrideRecord {
  id: number;
  userId: number;
  subnetId: number;
}

/** A device a user was given access to (`User_Customer::addHardwareAccess`, `addVirtualGuestAccess`, …). */
export interface DeviceAccessRecord {
  id: number;
  userId: number;
  deviceKind: 'hardware' | 'virtualGuest' | 'dedicatedHost';
  deviceId: number;
}

/** An IBM Cloud Object Storage (S3) account (`SoftLayer_Network_Storage_Hub_Cleversafe_Account`). */
export interface ObjectStorageAccountRecord {
  id: number;
  username: string;
  uuid: string;
  notes: string | null;
  createdAt: number;
  buckets: Array<{ name: string; storageLocation: string; bytesUsed: number; objectCount: number }>;
  /** HMAC credentials (at most `OBJECT_STORAGE_CREDENTIAL_LIMIT`). */
  credentials: Array<{ id: number; accessKey: string; secretKey: string; createdAt: number }>;
}

/** A quote (`SoftLayer_Billing_Order_Quote`): an order container kept to be ordered later. */
export interface QuoteRecord {
  id: number;
  name: string;
  createdAt: number;
  modifiedAt: number;
  userId: number;
  status: 'PENDING' | 'SAVED' | 'ORDERED';
  /** The order container as `placeQuote` took it (one order, unwrapped). */
  container: Record<string, unknown>;
  /** The order it was placed as, once ordered. */
  orderId: number | null;
}

/**
 * A change to a VLAN or a subnet, whose rows are derived (`data/network.ts`) or ordered (`OrderedSubnetRecord`):
 * the ids of the two never meet, so one table holds both.
 */
export interface NetworkEditRecord {
  id: number;
  name?: string;
  note?: string;
  tags: string[];
}

/** The note of an IP address (`SoftLayer_Network_Subnet_IpAddress::editObject`); addresses are derived, so by id. */
export interface IpAddressNoteRecord {
  /** The address's id (`ipAddressId`). */
  id: number;
  note: string;
}

/**
 * A subnet ordered through `SoftLayer_Product_Order` (package 0): a portable subnet on a VLAN, a static subnet routed
 * to an IP address, or a global IP (a /32 or /128 routed to any of the account's addresses). A global IP's
 * `SoftLayer_Network_Subnet_IpAddress_Global` has the subnet's id.
 */
export interface OrderedSubnetRecord {
  id: number;
  kind: 'portable' | 'static' | 'global';
  addressSpace: 'PUBLIC' | 'PRIVATE';
  version: 4 | 6;
  networkIdentifier: string;
  cidr: number;
  datacenterId: number;
  /** The VLAN the subnet is on (portable subnets, or any subnet routed to a VLAN); null when routed elsewhere. */
  vlanId: number | null;
  /** The address the subnet is routed to (static subnets, assigned global IPs); null when not routed to one. */
  endPointIpAddress: string | null;
  orderId: number;
  createdAt: number;
}

/** A tag no object carries any more (`SoftLayer_Tag::getUnattachedTagsForCurrentUser`), until it is deleted. */
export interface UnattachedTagRecord {
  /** The tag's id (derived from its name, `tagIdOf`). */
  id: number;
  name: string;
}

/**
 * An SSL certificate of the account (`SoftLayer_Security_Certificate`); what the API derives from the certificate
 * (common name, validity, key size) is read from `certificate` by the model.
 */
export interface SslCertificateRecord {
  id: number;
  /** PEM text. */
  certificate: string;
  intermediateCertificate: string | null;
  privateKey: string | null;
  certificateSigningRequest: string | null;
  notes: string | null;
  createdAt: number;
  modifiedAt: number;
}

/** An origin (path) of a CDN mapping. */
export interface CdnOriginRecord {
  path: string;
  origin: string;
  originType: 'HOST_SERVER' | 'OBJECT_STORAGE';
  httpPort: number;
  protocol: 'HTTP' | 'HTTPS';
  header: string | null;
  bucketName: string | null;
  fileExtension: string | null;
  performanceConfiguration: string;
  cacheKeyQueryRule: string;
}

/** A cache purge of a CDN mapping. */
export interface CdnPurgeRecord {
  path: string;
  createdAt: number;
}

/** An IBM Cloud CDN mapping (`SoftLayer_Network_CdnMarketplace_Configuration_Mapping`), its origins and purges. */
export interface CdnMappingRecord {
  id: number;
  /** The API names a mapping by this text of digits. */
  uniqueId: string;
  domain: string;
  cname: string;
  vendorName: string;
  originHost: string;
  originType: 'HOST_SERVER' | 'OBJECT_STORAGE';
  protocol: 'HTTP' | 'HTTPS' | 'HTTP_AND_HTTPS';
  httpPort: number | null;
  httpsPort: number | null;
  path: string;
  header: string;
  respectHeaders: boolean;
  cacheKeyQueryRule: string;
  performanceConfiguration: string;
  createdAt: number;
  modifiedAt: number;
  origins: CdnOriginRecord[];
  purges: CdnPurgeRecord[];
}
