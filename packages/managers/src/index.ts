export {
  AccountManager,
  type CancelItemOptions,
  type GetInvoicesOptions,
  type GetUpcomingEventsOptions,
  type MaskOption,
  type UpcomingEventType,
} from './account-manager';
export { AutoScaleManager, type ScaleGroupIdentifier, type ScaleMaskOption } from './autoscale-manager';
export { BlockStorageManager } from './block-storage-manager';
export {
  type CapacityGuestOptions,
  type CapacityIdentifier,
  CapacityManager,
  type CapacityRegion,
} from './capacity-manager';
export {
  type AddOriginOptions,
  type CdnCacheRule,
  type CdnIdentifier,
  CdnManager,
  type EditCdnChanges,
} from './cdn-manager';
export type { CreateOptionItem, PresetSize } from './create-options';
export {
  type CancelledGuest,
  type DedicatedHostCreateOptions,
  type DedicatedHostIdentifier,
  DedicatedHostManager,
  type DedicatedHostOrderOptions,
  type ListDedicatedHostsOptions,
  type ListHostGuestsOptions,
} from './dedicated-host-manager';
export {
  DnsManager,
  type DnsRecordChanges,
  type GetRecordsOptions,
  ptrHostOf,
  type ZoneIdentifier,
} from './dns-manager';
export {
  type EmailAccountChanges,
  type EmailAccountIdentifier,
  EmailManager,
  type EmailStatisticsOptions,
} from './email-manager';
export { type EventLogCriteria, EventLogManager, type EventLogOptions } from './event-log-manager';
export { FileStorageManager } from './file-storage-manager';
export {
  type CancelFirewallOptions,
  type DedicatedFirewallOptions,
  FirewallManager,
  type FirewallServerOptions,
  hasFirewall,
} from './firewall-manager';
export { isReady, READY_MASK, type ReadinessFields } from './guest-readiness';
export {
  type CancelHardwareOptions,
  type EditHardwareChanges,
  type HardwareBandwidthAllocation,
  type HardwareCancellationReason,
  HardwareManager,
  type ListHardwareOptions,
  type ReloadHardwareOptions,
  type WaitForHardwareOptions,
} from './hardware-manager';
export type { HardwareCreateOptions, HardwareOrderOptions } from './hardware-order';
export type { HardwareDiskUpgrade, HardwareUpgradeOptions } from './hardware-upgrade';
export {
  type EditImageOptions,
  ImageManager,
  type ImportImageOptions,
  type ListImagesOptions,
} from './image-manager';
export {
  type IpsecAuthentication,
  type IpsecDiffieHellmanGroup,
  type IpsecEncryption,
  IpsecManager,
  type IpsecTranslation,
  type TranslationChanges,
  type TunnelContextChanges,
} from './ipsec-manager';
export { LICENSE_PACKAGE_ID, LicensesManager } from './licenses-manager';
export { type CallControl, combineFilters, type ListOptions } from './list-options';
export {
  type LoadBalancerDetails,
  type LoadBalancerIdentifier,
  LoadBalancerManager,
  type LoadBalancerMaskOption,
  type LoadBalancerUuidId,
  type OrderLbaasOptions,
} from './load-balancer-manager';
export { ManagerError, type ManagerErrorCode } from './manager-error';
export {
  METADATA_ENDPOINT,
  type MetadataAttribute,
  MetadataManager,
  type MetadataManagerOptions,
  type NetworkMetadata,
  type NetworkMetadataOptions,
} from './metadata-manager';
export {
  type AddGlobalIpOptions,
  type AddSubnetOptions,
  type EditVlanChanges,
  NetworkChangeMethods,
  type SubnetRouteType,
} from './network-change-methods';
export {
  type DatacenterNetworkSummary,
  type ListGlobalIpsOptions,
  type ListSubnetsOptions,
  type ListVlansOptions,
  NetworkManager,
} from './network-manager';
export {
  type ListObjectStorageAccountsOptions,
  type ObjectStorageIdentifier,
  ObjectStorageManager,
} from './object-storage-manager';
export {
  OrderingManager,
  type OrderingMaskOption,
  type OrderOptions,
  type PlaceQuoteOptions,
  type PriceIdOptions,
  type QuoteOrderOptions,
} from './ordering-manager';
export {
  type PlacementGroupIdentifier,
  type PlacementGroupTemplate,
  PlacementManager,
} from './placement-manager';
export { type PollOptions, pollUntil } from './poll-until';
export {
  type BandwidthReportItem,
  type ClosingVlan,
  ReportManager,
  type ReportTime,
  reportTimeText,
} from './report-manager';
export { type IdResolver, resolveId, resolveIds } from './resolve-ids';
export {
  SearchManager,
  type SearchQueryParts,
  type SearchResourceTypes,
  type SearchResult,
} from './search-manager';
export type {
  SecurityGroupDetails,
  SecurityGroupRuleChanges,
  SecurityGroupRuleDirection,
  SecurityGroupRuleEthertype,
  SecurityGroupRuleInput,
  SecurityGroupRuleProtocol,
} from './security-group-methods';
export type { BandwidthDataOptions, SummaryDataOptions } from './server-monitoring';
export type { ServerNotification } from './server-notifications';
export { type ListKeysOptions, SshKeyManager } from './ssh-key-manager';
export { type CertificateListKind, SslManager } from './ssl-manager';
export {
  type CancelVolumeOptions,
  type DayOfWeek,
  type DuplicateConversionStatus,
  type ListVolumesOptions,
  type SnapshotScheduleType,
  StorageManager,
  type StorageMaskOption,
  type VolumeHostIds,
  type VolumeIdentifier,
} from './storage-manager';
export type {
  OrderVolumeOptions,
  StorageOrderControl,
  StorageOrderResult,
} from './storage-order';
export type {
  OrderDuplicateOptions,
  OrderModifiedOptions,
  OrderReplicantOptions,
  OrderSnapshotSpaceOptions,
} from './storage-volume-orders';
export type { SubnetOrderType } from './subnet-order';
export { type TaggableResource, type TaggableType, type TagLists, TagManager } from './tag-manager';
export {
  type CreateTicketOptions,
  type ListTicketsOptions,
  TicketManager,
  type TicketSummary,
  type UploadAttachmentOptions,
} from './ticket-manager';
export { type CreateUserOptions, type SinceOptions, type UserIdentifier, UserManager } from './user-manager';
export {
  type BandwidthAllocation,
  type CreateInstanceOptions,
  createInstanceTemplate,
  type GetInstanceOptions,
  type GuestIdentifier,
  type ListInstancesOptions,
  type OrderGuestOptions,
  type ReloadInstanceOptions,
  type UpgradeOptions,
  type VsCreateOptions,
  VsManager,
  type WaitForReadyOptions,
} from './vs-manager';
