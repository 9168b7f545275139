import type { SoftLayerClient } from '@sl/client';
import type * as Managers from '@sl/managers';

/** The managers a command can ask for by name: every class `@sl/managers` exports that is made from a client. */
export type ManagerName = {
  [Name in keyof typeof Managers]: (typeof Managers)[Name] extends new (
    client: SoftLayerClient,
  ) => object
    ? Name
    : never;
}[keyof typeof Managers];

/**
 * Each manager from its own entry of `@sl/managers` (`@sl/managers/dns-manager`), so a command loads the manager
 * it uses and not all thirty (a quarter of a short command's start-up).
 */
export const MANAGER_LOADERS: {
  [Name in ManagerName]: () => Promise<{ [Key in Name]: (typeof Managers)[Key] }>;
} = {
  AccountManager: () => import('@sl/managers/account-manager'),
  AutoScaleManager: () => import('@sl/managers/autoscale-manager'),
  BlockStorageManager: () => import('@sl/managers/block-storage-manager'),
  CapacityManager: () => import('@sl/managers/capacity-manager'),
  CdnManager: () => import('@sl/managers/cdn-manager'),
  DedicatedHostManager: () => import('@sl/managers/dedicated-host-manager'),
  DnsManager: () => import('@sl/managers/dns-manager'),
  EmailManager: () => import('@sl/managers/email-manager'),
  EventLogManager: () => import('@sl/managers/event-log-manager'),
  FileStorageManager: () => import('@sl/managers/file-storage-manager'),
  FirewallManager: () => import('@sl/managers/firewall-manager'),
  HardwareManager: () => import('@sl/managers/hardware-manager'),
  ImageManager: () => import('@sl/managers/image-manager'),
  IpsecManager: () => import('@sl/managers/ipsec-manager'),
  LicensesManager: () => import('@sl/managers/licenses-manager'),
  LoadBalancerManager: () => import('@sl/managers/load-balancer-manager'),
  NetworkManager: () => import('@sl/managers/network-manager'),
  ObjectStorageManager: () => import('@sl/managers/object-storage-manager'),
  OrderingManager: () => import('@sl/managers/ordering-manager'),
  PlacementManager: () => import('@sl/managers/placement-manager'),
  ReportManager: () => import('@sl/managers/report-manager'),
  SearchManager: () => import('@sl/managers/search-manager'),
  SshKeyManager: () => import('@sl/managers/ssh-key-manager'),
  SslManager: () => import('@sl/managers/ssl-manager'),
  TagManager: () => import('@sl/managers/tag-manager'),
  TicketManager: () => import('@sl/managers/ticket-manager'),
  UserManager: () => import('@sl/managers/user-manager'),
  VsManager: () => import('@sl/managers/vs-manager'),
};
